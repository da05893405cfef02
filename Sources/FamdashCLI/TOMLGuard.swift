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
///
/// The text goes to the child on a pipe (its standard input), so no file is written and a
/// killed build leaves nothing behind. Nothing is read back: the exit status is the whole
/// answer. The child reads all of its input before it parses, so writing cannot block for
/// good; if the child dies early the write fails with EPIPE (SIGPIPE is ignored) and the
/// status says what happened. When the trial cannot run at all, the text is not parsed.
enum TOMLGuard {
    static func trial(_ text: String) -> ProgrammeFolder.TOMLTrial {
        signal(SIGPIPE, SIG_IGN)
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return .unavailable("cannot open a pipe (\(String(cString: strerror(errno))))") }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        // Neither end may leak into another child (the dup2 below gives the child its own 0).
        for end in [readEnd, writeEnd] { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        // posix_spawn and waitpid directly: Foundation's Process can miss a child that exits
        // at once and leave waitUntilExit() waiting (seen under AddressSanitizer).
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        for descriptor: Int32 in [1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
        }
        let arguments: [UnsafeMutablePointer<CChar>?] = ["famdash", "check-toml"].map { (text: String) in strdup(text) } + [nil]
        defer { arguments.forEach { free($0) } }
        var child: pid_t = 0
        var spawned = ENOENT
        for executable in executables {
            spawned = posix_spawn(&child, executable, &actions, nil, arguments, environ)
            if spawned == 0 { break }
        }
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return .unavailable("cannot start famdash check-toml (\(String(cString: strerror(spawned))))")
        }
        var bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(writeEnd, $0.baseAddress! + sent, $0.count - sent) }
            if written > 0 { sent += written } else if written < 0 && errno == EINTR { continue } else { break }
        }
        bytes = []
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            if errno != EINTR { return .unavailable("cannot wait for famdash check-toml (\(String(cString: strerror(errno))))") }
        }
        // The child exits 0 whatever the TOML holds; anything else is a stop: a signal, or a
        // tool's own exit code after a crash (a sanitizer reports and exits 1).
        return status == 0 ? .parses : .crashes
    }

    /// This very executable: by /proc where there is one, else as the system reports it.
    static var executables: [String] {
        ["/proc/self/exe"] + [Bundle.main.executablePath].compactMap { $0 }
    }
}

extension Famdash {
    /// Internal: the child side of TOMLGuard. Parses the TOML text on its standard input (or
    /// in the file it is given) and exits 0, unless the parser stops the process.
    struct CheckTOML: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check-toml", shouldDisplay: false)
        @Argument var path: String?

        func run() throws {
            let data = path.map { FileManager.default.contents(atPath: $0) ?? Data() } ?? FileHandle.standardInput.readDataToEndOfFile()
            _ = try? TOMLTable(string: String(decoding: data, as: UTF8.self))
        }
    }
}
