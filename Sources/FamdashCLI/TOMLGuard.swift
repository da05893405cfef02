import ArgumentParser
import FamdashModel
import Foundation
import TOMLKit

/// Parses programme.toml once in a child process before famdash parses it itself. TOMLKit's
/// C++ parser (toml++) stops the process on an internal assertion for some malformed files
/// (found by fuzzing); in the child that becomes a clear error instead of a crash.
enum TOMLGuard {
    static func trial(_ text: String) -> SettingsLoader.TrialParse {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["check-toml"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .parses }  // Cannot isolate: parse in-process as before.
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationReason == .exit ? .parses : .crashes
    }
}

extension Famdash {
    /// Internal: the child side of TOMLGuard. Reads TOML on standard input and parses it.
    struct CheckTOML: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check-toml", shouldDisplay: false)

        func run() throws {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            _ = try? TOMLTable(string: String(decoding: data, as: UTF8.self))
            print("parsed")
        }
    }
}
