import ArgumentParser
import FamdashModel
import Foundation
import TOMLKit
#if canImport(Glibc)
import Glibc
#endif

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
        // posix_spawn and waitpid directly: Foundation's Process can miss a child that exits
        // at once and leave waitUntilExit() waiting (seen under AddressSanitizer).
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let arguments: [UnsafeMutablePointer<CChar>?] = ["famdash", "check-toml", path].map { (text: String) in strdup(text) } + [nil]
        defer { arguments.forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawn(&child, "/proc/self/exe", &actions, nil, arguments, environ) == 0 else {
            return .parses  // Cannot isolate: parse in-process as before.
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        // The child exits 0 whatever the TOML holds; anything else is a stop: a signal, or a
        // tool's own exit code after a crash (a sanitizer reports and exits 1).
        return status == 0 ? .parses : .crashes
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
