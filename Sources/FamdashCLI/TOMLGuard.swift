import ArgumentParser
import FamdashModel
import Foundation
import TOMLKit

/// Parses programme.toml once in a child process before famdash parses it itself. TOMLKit's
/// C++ parser (toml++) stops the process on an internal assertion for some malformed files
/// (found by fuzzing); in the child that becomes a clear error instead of a crash.
enum TOMLGuard {
    static func trial(_ text: String) -> SettingsLoader.TrialParse {
        // The text goes by file, and nothing is read back: a pipe could block or, if the
        // child died early, end famdash with SIGPIPE. The exit status is the whole answer.
        let path = NSTemporaryDirectory() + "famdash-check-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).toml"
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { return .parses }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["check-toml", path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .parses }  // Cannot isolate: parse in-process as before.
        process.waitUntilExit()
        return process.terminationReason == .exit ? .parses : .crashes
    }
}

extension Famdash {
    /// Internal: the child side of TOMLGuard. Parses the TOML file it is given.
    struct CheckTOML: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check-toml", shouldDisplay: false)
        @Argument var path: String

        func run() throws {
            let data = FileManager.default.contents(atPath: path) ?? Data()
            _ = try? TOMLTable(string: String(decoding: data, as: UTF8.self))
        }
    }
}
