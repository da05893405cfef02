import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The trial parse of programme.toml runs in a child that gets the text on a pipe: it needs no
/// temporary folder, leaves no file, and a parser that stops the child is an error, never a
/// crash of famdash, whatever TMPDIR is.
@Suite("the TOML trial parse")
struct TOMLGuardTests {
    static let assertion = CorpusTests.corpus + "/toml-parser-assertion/data/programme.toml"

    func fixture(toml: String? = nil) throws -> ProgrammeFixture {
        var files = ProgrammeFixture.handWorked
        if let toml { files["programme.toml"] = toml }
        return try ProgrammeFixture(files)
    }

    @Test("the corpus case that stops toml++ is an error with TMPDIR missing, a file or unwritable", arguments: ["missing", "file", "readonly", "empty"])
    func withoutTemporaryFolder(kind: String) throws {
        let toml = String(decoding: try #require(FileManager.default.contents(atPath: Self.assertion)), as: UTF8.self)
        let fixture = try fixture(toml: toml)
        let tmp = fixture.root + "/tmp"
        switch kind {
        case "file": FileManager.default.createFile(atPath: tmp, contents: Data("not a folder".utf8))
        case "readonly": try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o500])
        case "empty": try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        default: break
        }
        for command in [["validate", "--data", fixture.data], ["build", "--data", fixture.data, "--out", fixture.site]] {
            let result = try FamdashProcess.run(command, environment: ["TMPDIR": tmp])
            #expect(result.status == 1, "\(kind) \(command[0]): exit \(result.status) \(result.stderr)")
            #expect(result.errorLines.count == 1)
            #expect(result.errorLines.first?.hasSuffix("programme.toml:1:1: error: TOML syntax: the file cannot be read as TOML (the parser gave up without a position); check for an unfinished line, a missing value after =, or an unclosed [ or \"") == true, "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.site))
        if kind == "empty" { #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty) }
    }

    @Test("a valid programme builds with TMPDIR missing, and nothing is written to the temporary folder")
    func validWithoutTemporaryFolder() throws {
        let fixture = try fixture()
        let missing = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site], environment: ["TMPDIR": fixture.root + "/none"])
        #expect(missing.status == 0, "\(missing.stderr)")
        let tmp = fixture.root + "/tmp"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site, "--full"], environment: ["TMPDIR": tmp])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty)
    }

    @Test("a large programme.toml goes through the pipe whole, both when it parses and when it stops the parser")
    func largeText() throws {
        // 2 MB of comments: far more than a pipe holds, so the writer must wait for the reader.
        let padding = String(repeating: "# " + String(repeating: "x", count: 98) + "\n", count: 20_000)
        let good = try fixture(toml: ProgrammeFixture.toml + padding)
        let parses = try FamdashProcess.run(["validate", "--data", good.data])
        #expect(parses.status == 0, "\(parses.stderr)")
        let bad = String(decoding: try #require(FileManager.default.contents(atPath: Self.assertion)), as: UTF8.self)
        let stops = try fixture(toml: padding + bad)
        let result = try FamdashProcess.run(["validate", "--data", stops.data])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.errorLines.first?.contains("programme.toml:1:1: error: TOML syntax") == true, "\(result.stderr)")
    }

    @Test("famdash killed with SIGKILL during the trial leaves nothing in the temporary folder")
    func killed() throws {
        let padding = String(repeating: "# " + String(repeating: "x", count: 98) + "\n", count: 50_000)
        let fixture = try fixture(toml: ProgrammeFixture.toml + padding)
        let tmp = fixture.root + "/tmp"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        for delay: useconds_t in [2_000, 20_000, 60_000] {
            let process = Process()
            process.executableURL = FamdashProcess.executable
            process.arguments = ["validate", "--data", fixture.data]
            process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": tmp]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            usleep(200_000)  // A child still parsing finishes on its own.
            #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty, "after \(delay) µs")
        }
    }
}
