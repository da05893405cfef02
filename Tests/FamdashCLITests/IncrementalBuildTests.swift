import Foundation
import Testing

/// Incremental builds: a quarter whose inputs are unchanged is taken from the current site; the
/// result must be exactly what a full build gives.
@Suite("famdash build, incremental")
struct IncrementalBuildTests {
    let root = NSTemporaryDirectory() + "famdash-incremental-\(UUID().uuidString)"
    let environment = ["SOURCE_DATE_EPOCH": "1700000000"]

    /// A four-quarter sample, and a copy without its last quarter.
    func programmes() throws -> (three: String, four: String) {
        let four = root + "/four", three = root + "/three"
        let sample = try FamdashProcess.run(["sample", "--out", four, "--families", "240", "--wards", "6", "--localities", "2",
                                             "--periods", "4", "--seed", "5"])
        #expect(sample.status == 0, "\(sample.stderr)")
        try FileManager.default.copyItem(atPath: four, toPath: three)
        try FileManager.default.removeItem(atPath: three + "/periods/2013-Q2")
        return (three, four)
    }

    func build(_ data: String, _ site: String, _ extra: [String] = [], environment: [String: String]? = nil) throws -> String {
        let result = try FamdashProcess.run(["build", "--data", data, "--out", site] + extra, environment: environment ?? self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("adding a quarter renders only it and the quarter before (its next-quarter link; it is no longer the latest release), and the site equals a full build byte for byte")
    func addQuarter() throws {
        let (three, four) = try programmes()
        #expect(try !build(three, root + "/site").contains("reused"), "the first build renders everything")
        try FileManager.default.copyItem(atPath: four + "/periods/2013-Q2", toPath: three + "/periods/2013-Q2")
        let incremental = try build(three, root + "/site")
        // 2013-Q1's pages gain a next-quarter link and stop saying they are the latest release.
        #expect(incremental.contains("published 4 quarter(s)") && incremental.contains("2 unchanged, reused"), "\(incremental)")
        _ = try build(four, root + "/full")
        let built = ProgrammeFixture.snapshot(root + "/site"), full = ProgrammeFixture.snapshot(root + "/full")
        #expect(built.count > 100)
        #expect(built.keys.sorted() == full.keys.sorted())
        for (path, bytes) in full where built[path] != bytes { Issue.record("\(path) differs from the full build") }
        #expect(built[".famdash-manifest.json"] != nil)
    }

    @Test("a corrected earlier quarter is rebuilt with every later one; nothing else is")
    func correctEarlierQuarter() throws {
        let (_, four) = try programmes()
        _ = try build(four, root + "/site")
        // The same families in another order: other bytes, same figures.
        let path = four + "/periods/2012-Q4/families.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines.swapAt(1, 2)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try build(four, root + "/site").contains("1 unchanged, reused"))
        _ = try build(four, root + "/full")
        #expect(ProgrammeFixture.snapshot(root + "/site") == ProgrammeFixture.snapshot(root + "/full"))
    }

    @Test("changed settings, generated date or --full: everything is rendered again")
    func everythingAgain() throws {
        let (_, four) = try programmes()
        _ = try build(four, root + "/site")
        #expect(try build(four, root + "/site").contains("4 unchanged, reused"))
        #expect(try !build(four, root + "/site", ["--full"]).contains("reused"))
        #expect(try !build(four, root + "/site", environment: ["SOURCE_DATE_EPOCH": "1800000000"]).contains("reused"))
        let toml = four + "/programme.toml"
        let text = try String(contentsOfFile: toml, encoding: .utf8)
        try text.replacingOccurrences(of: "name = \"", with: "name = \"Renamed ").write(toFile: toml, atomically: true, encoding: .utf8)
        #expect(try !build(four, root + "/site").contains("reused"))
        let firstQuarter = try String(contentsOfFile: root + "/site/2012-Q3/index.html", encoding: .utf8)
        #expect(firstQuarter.contains("Renamed "), "an earlier quarter's pages carry the new name")
    }

    @Test("a damaged or missing manifest costs time, never correctness")
    func damagedManifest() throws {
        let (_, four) = try programmes()
        _ = try build(four, root + "/site")
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: root + "/site/.famdash-manifest.json"))
        #expect(try !build(four, root + "/site").contains("reused"))
        try FileManager.default.removeItem(atPath: root + "/site/2012-Q4")
        #expect(try build(four, root + "/site").contains("3 unchanged, reused"), "a quarter missing from the site is rebuilt")
        _ = try build(four, root + "/full")
        #expect(ProgrammeFixture.snapshot(root + "/site") == ProgrammeFixture.snapshot(root + "/full"))
    }
}
