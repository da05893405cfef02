import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A build killed at any moment leaves the previous site byte for byte; the next build
/// clears what the killed one left beside the output and publishes normally.
@Suite("killed builds")
struct KillTests {
    @Test("SIGKILL at several moments of a build leaves the previous site untouched", arguments: [0.05, 0.3, 0.8, 1.5])
    func killed(after seconds: Double) throws {
        let root = NSTemporaryDirectory() + "famdash-kill-\(UUID().uuidString)"
        try FamdashProcess.run(["sample", "--out", root + "/data", "--families", "6000", "--wards", "40", "--periods", "8"])
        let first = try FamdashProcess.run(["build", "--data", root + "/data", "--out", root + "/Site"], environment: ["SOURCE_DATE_EPOCH": "1"])
        #expect(first.status == 0)
        let before = ProgrammeFixture.snapshot(root + "/Site")

        // A different build (another date stamp) that is killed part way.
        let process = Process()
        process.executableURL = FamdashProcess.executable
        process.arguments = ["build", "--data", root + "/data", "--out", root + "/Site"]
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "100000000"
        environment["FAMDASH_ASSETS"] = FamdashProcess.packageRoot + "/Assets"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(seconds * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let after = ProgrammeFixture.snapshot(root + "/Site")
        if process.terminationReason == .uncaughtSignal {
            #expect(after == before, "killed after \(seconds) s: the previous site changed")
        } else {
            // The build finished before the kill: the new site is whole.
            #expect(after.count == before.count)
        }
        // The next build removes the killed build's staging folder and succeeds.
        let again = try FamdashProcess.run(["build", "--data", root + "/data", "--out", root + "/Site"])
        #expect(again.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["Site", "data"])
    }
}
