import ArgumentParser
import Foundation

extension Famdash {
    /// Internal, for the disclosure tests: the data files of every quarter (P/data/*.csv and
    /// P/summary.json), exactly as `build` publishes them, without pages or charts, written
    /// straight into a new folder.
    struct PublishData: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "publish-data", shouldDisplay: false)
        @Option var data = "data"
        @Option var out: String

        func run() throws {
            let pipeline = Pipeline(dataFolder: data, outputFolder: nil, assetsFolder: nil, generatedOn: "")
            let (log, periods) = pipeline.publishedPeriods()
            printDiagnostics(log)
            if log.hasErrors { throw ExitCode(1) }
            guard !FileManager.default.fileExists(atPath: out) else { throw ValidationError("\(out) exists; publish-data writes a new folder") }
            for period in periods {
                for (path, bytes) in pipeline.dataFiles(period) {
                    let full = out + "/" + path
                    try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    guard FileManager.default.createFile(atPath: full, contents: bytes) else { throw ValidationError("cannot write \(full)") }
                }
            }
        }
    }
}
