import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("concurrent builds")
struct ConcurrentBuildTests {
    @Test("a build waits while another holds the output's folder, then publishes")
    func waitsForTheLock() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        // Hold the lock a running build would hold: flock on the folder the site goes into.
        let folder = open(fixture.root, O_RDONLY | O_DIRECTORY)
        #expect(folder >= 0)
        defer { close(folder) }
        #expect(flock(folder, LOCK_EX) == 0)

        let errorPath = fixture.root + "/build.err"
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let process = Process()
        process.executableURL = FamdashProcess.executable
        process.arguments = ["build", "--data", fixture.data, "--out", fixture.site]
        var environment = ProcessInfo.processInfo.environment
        environment["FAMDASH_ASSETS"] = FamdashProcess.packageRoot + "/Assets"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        var waited = false
        for _ in 0..<200 where !waited {  // up to 20 s for the build to reach the lock
            usleep(100_000)
            waited = (try? String(contentsOfFile: errorPath, encoding: .utf8))?.contains("waiting for it to finish") == true
        }
        #expect(waited, "the second build says it is waiting")
        #expect(process.isRunning)
        #expect(!FileManager.default.fileExists(atPath: fixture.site), "nothing is published while the lock is held")

        #expect(flock(folder, LOCK_UN) == 0)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(fixture.read("index.html") != nil)
    }
}
