import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real `famdash` binary, as a user or CI would.
enum FamdashProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var errorLines: [String] { stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") } }
    }

    static var executable: URL {
        // The test bundle sits in the build products folder beside the famdash executable.
        let products = Bundle.allBundles.map(\.bundleURL).first { $0.pathExtension == "xctest" }?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidate = products.appendingPathComponent("famdash")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/famdash")
    }

    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// Starts famdash with posix_spawn, its output going to files, and waits with waitpid: no
    /// pipe can fill up and block the child (a long sanitizer report at exit would), and no
    /// exit can be missed. The child starts with no signal blocked, whatever the test runner does.
    ///
    /// `unsetting` removes variables (FAMDASH_ASSETS is set to the checkout's Assets unless
    /// removed); `executable` runs another famdash binary; `launcher` comes before it (for
    /// example setpriv, to run as another user); after `timeout` seconds the child is killed
    /// and the status is 128 + SIGKILL.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], in folder: String? = nil,
                    unsetting: [String] = [], executable: URL? = nil, launcher: [String] = [], timeout: Double = 300) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["FAMDASH_ASSETS"] = packageRoot + "/Assets"
        for (key, value) in environment { env[key] = value }
        for key in unsetting { env[key] = nil }
        let binary = (executable ?? self.executable).path
        let capture = NSTemporaryDirectory() + "famdash-run-\(UUID().uuidString)"
        let outPath = capture + ".out", errPath = capture + ".err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))

        // To start in another folder, a shell changes into it first (Glibc's Swift module has
        // no posix_spawn_file_actions_addchdir_np).
        let command = folder.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0] + launcher + [binary] } ?? (launcher + [binary])
        let path = command[0]
        let argv: [UnsafeMutablePointer<CChar>?] = (command + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw NSError(domain: "FamdashProcess", code: Int(spawned), userInfo: [NSLocalizedDescriptionKey: "cannot start \(path): \(String(cString: strerror(spawned)))"])
        }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let waited = waitpid(child, &status, WNOHANG)
            if waited == child || (waited < 0 && errno != EINTR) { break }
            if Date() > deadline {
                kill(child, SIGKILL)
                while waitpid(child, &status, 0) < 0 && errno == EINTR {}
                break
            }
            usleep(waited == 0 ? 5_000 : 0)
        }
        // Exited: the exit code; killed by a signal: 128 + the signal, as a shell reports it.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        func text(_ file: String) -> String {
            FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        return Result(status: code, stdout: text(outPath), stderr: text(errPath))
    }
}
