import ArgumentParser
import FamdashModel
import FamdashSample
import FamdashSite
import Foundation

public struct Famdash: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "famdash",
        abstract: "Turns a council's quarterly family-programme extract into a static performance dashboard.",
        discussion: """
        Exit status: 0 success, 1 bad input (every problem listed as FILE:LINE:COLUMN: error: ...), \
        2 wrong command-line use.

        Examples:
          famdash build                          # data/ -> Site/
          famdash build --data extract --out public
          famdash validate --data extract
          famdash sample --out demo --families 3100 --wards 20 --periods 20 --phase 2
          famdash serve                          # preview Site/ at http://127.0.0.1:8000/
        """,
        version: FamdashVersion.current,
        subcommands: [Build.self, Validate.self, Sample.self, Serve.self, CheckTOML.self, MeasureCSV.self, PublishData.self],
        defaultSubcommand: Build.self
    )

    public init() {}

    /// Runs the command line; maps usage errors to exit status 2 as DATA.md requires.
    public static func main(arguments: [String]? = nil) -> Int32 {
        // A reader that goes away (a preview client that stops a download, `famdash ... | head`,
        // the TOML check's child) makes a write fail with EPIPE, which famdash handles; the
        // default SIGPIPE would end the whole process instead.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                return 0
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}

func printDiagnostics(_ log: DiagnosticLog) {
    let lines = log.report()
    if !lines.isEmpty {
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}

extension Famdash {
    public struct Build: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Validate the programme folder and publish the site.",
            discussion: """
            Checks every file, computes each quarter's figures, applies disclosure control and writes \
            the site to a staging folder beside --out, then swaps it into place. On any error nothing \
            is written and the previous site stays exactly as it was.

            Quarters whose inputs have not changed since the last build (programme.toml, areas.csv, \
            the assets, famdash, and the quarter's files and every earlier quarter's) are taken from \
            the current site as they are, recorded in its .famdash-manifest.json; the result is the \
            same, byte for byte, as a full build. --full renders everything again.

            Examples:
              famdash build
              famdash build --data /shared/priority-families --out /var/www/dashboard
            """
        )
        @Option(help: "The programme folder (programme.toml, areas.csv, periods/).") var data = "data"
        @Option(help: "Where to publish the site: a new or empty folder, or the folder of an earlier famdash site, which is replaced.") var out = "Site"
        @Option(help: "A folder of assets (famdash.css, sort-tables.js, templates/page.mustache) to build with instead of those built into famdash; FAMDASH_ASSETS does the same.") var assets: String?
        @Flag(help: "Print the time spent in each stage (summed over threads, so stages on all cores can add up to more than the wall time).") var timings = false
        @Flag(help: "Render every quarter, even those unchanged since the last build.") var full = false

        public init() {}

        public func run() throws {
            let generatedDay: Day
            do { generatedDay = try GeneratedDate.day() } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode(2)
            }
            // Before anything is read: publishing replaces --out, so it must be a folder famdash may replace.
            let assetsFolder = SiteAssets.folder(option: assets)
            if let refusal = OutputFolderGuard.refusal(.current(output: out, data: data, assets: assetsFolder)) {
                FileHandle.standardError.write(Data((refusal.description + "\n").utf8))
                throw ExitCode(1)
            }
            // Everything that needs no data, checked before minutes of reading it.
            let resources: BuildResources
            do { resources = try BuildResources.prepare(assetsFolder: assetsFolder) } catch {
                var log = DiagnosticLog()
                log.add(.error(error.path, nil, nil, error.reason))
                printDiagnostics(log)
                FileHandle.standardError.write(Data("famdash: 1 error(s); nothing was read or written, \(out) is unchanged\n".utf8))
                throw ExitCode(1)
            }
            var pipeline = Pipeline(dataFolder: data, outputFolder: out, assetsFolder: assetsFolder, generatedOn: generatedDay.longText)
            pipeline.generatedDay = generatedDay
            pipeline.resources = resources
            pipeline.reuseUnchanged = !full
            let outcome = pipeline.run()
            printDiagnostics(outcome.log)
            if timings { FileHandle.standardError.write(Data((pipeline.timingReport + "\n").utf8)) }
            if outcome.log.hasErrors {
                FileHandle.standardError.write(Data("famdash: \(outcome.log.errorCount) error(s); nothing was written, \(out) is unchanged\n".utf8))
                throw ExitCode(1)
            }
            let reused = outcome.periodsReused > 0 ? "; \(outcome.periodsReused) unchanged, reused" : ""
            print("famdash: published \(outcome.periodsBuilt) quarter(s) to \(out) (\(outcome.filesWritten) files\(reused))")
        }
    }

    public struct Validate: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Check the programme folder without writing anything.",
            discussion: """
            Runs every check of build. Exit status 0 when the folder is valid, 1 with every problem listed.

            Example:
              famdash validate --data extract
            """
        )
        @Option(help: "The programme folder (programme.toml, areas.csv, periods/).") var data = "data"

        public init() {}

        public func run() throws {
            let outcome = Pipeline(dataFolder: data, outputFolder: nil, assetsFolder: nil, generatedOn: "").run()
            printDiagnostics(outcome.log)
            if outcome.log.hasErrors {
                FileHandle.standardError.write(Data("famdash: \(outcome.log.errorCount) error(s) in \(data)\n".utf8))
                throw ExitCode(1)
            }
            print("famdash: \(data) is valid (\(outcome.periodsBuilt) quarter(s))")
        }
    }

    public struct Sample: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Write a synthetic programme folder (for demos and benchmarks).",
            discussion: """
            The same options and seed always give byte-identical files. No real family is in it.

            Examples:
              famdash sample --out demo
              famdash sample --out national --families 400000 --wards 2000 --localities 150 --periods 20 --phase 2
            """
        )
        @Option(help: "The folder to write: a new or empty folder, or one an earlier famdash sample wrote, which is replaced.") var out: String
        @Option(help: "Families over the whole programme (1 to 10,000,000).") var families = 450
        @Option(help: "Number of wards (1 to 100,000).") var wards = 17
        @Option(help: "Number of localities (1 to --wards).") var localities = 4
        @Option(help: "Number of quarters, from 2012-Q3 (phase 1) or 2015-Q2 (phase 2) (1 to 200).") var periods = 6
        @Option(help: "Random seed.") var seed: UInt64 = 2013
        @Option(help: "1: four phase-1 criteria; 2: the six phase-2 headline problems.") var phase = 1

        public init() {}

        var options: SampleOptions {
            SampleOptions(families: families, wards: wards, localities: localities, periods: periods, seed: seed, phase: phase)
        }

        public func validate() throws {
            if let problem = options.problem { throw ValidationError(problem) }
        }

        public func run() throws {
            let options = options
            // The same rule as build --out: only a folder famdash sample wrote is replaced.
            if let refusal = OutputFolderGuard.refusal(.current(output: out, data: nil, assets: nil, mark: .sample)) {
                FileHandle.standardError.write(Data((refusal.description + "\n").utf8))
                throw ExitCode(1)
            }
            var count = 0
            do {
                // Staged beside --out and swapped in whole: no file of an earlier, larger sample
                // survives, and an interrupted run leaves the earlier sample as it was.
                let writer = try SiteWriter(output: out)
                try SampleProgramme.write(options) { file in
                    try writer.write(file.path, Data(file.bytes))
                    count += 1
                }
                try writer.write(SampleFolderMark.fileName, Data(SampleFolderMark.text.utf8))
                try writer.commit()
            } catch {
                FileHandle.standardError.write(Data("famdash: error: \((error as? SiteWriteError).map { "\($0.path): \($0.reason)" } ?? error.localizedDescription)\n".utf8))
                throw ExitCode(1)
            }
            print("famdash: wrote a sample programme to \(out) (\(count) files)")
        }
    }

    public struct Serve: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Preview a built site on this machine.",
            discussion: """
            Serves the site folder at http://127.0.0.1:PORT/ until stopped with Ctrl-C. Only for \
            previewing: to publish, copy the folder to any web host.

            Examples:
              famdash serve
              famdash serve --site public --port 8080
            """
        )
        @Option(help: "The built site folder.") var site = "Site"
        @Option(help: "The port on 127.0.0.1.") var port: UInt16 = 8000
        @Option(help: .hidden) var requestTimeout: Double = 10

        public init() {}

        public func validate() throws {
            guard port > 0 else { throw ValidationError("--port must be between 1 and 65535") }
            guard requestTimeout > 0 && requestTimeout <= 3600 else { throw ValidationError("--request-timeout must be from 0 to 3600 seconds") }
        }

        public func run() throws {
            guard FileManager.default.fileExists(atPath: site + "/index.html") else {
                FileHandle.standardError.write(Data("famdash: error: \(site)/index.html not found; run famdash build first\n".utf8))
                throw ExitCode(1)
            }
            var server = PreviewServer(root: URL(fileURLWithPath: site).standardizedFileURL.path, port: port)
            server.requestTimeout = requestTimeout
            let listener: Int32
            do { listener = try server.bind() } catch {
                FileHandle.standardError.write(Data("famdash: error: \(error)\n".utf8))
                throw ExitCode(1)
            }
            // A parent may have started us with signals blocked (posix_spawn inherits the mask):
            // Ctrl-C and SIGTERM must stop the server.
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, SIGINT)
            sigaddset(&signals, SIGTERM)
            pthread_sigmask(SIG_UNBLOCK, &signals, nil)
            print("famdash: serving \(site) at http://127.0.0.1:\(port)/ (Ctrl-C to stop)")
            fflush(nil)
            server.serve(listener)
        }
    }
}
