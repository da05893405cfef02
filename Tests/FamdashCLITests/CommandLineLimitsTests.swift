import Foundation
import Testing

/// Numbers from the command line and the environment: every value out of range is a clear
/// error with exit status 2 (wrong use), never a trap, and nothing is read or written.
@Suite("command-line and environment values")
struct CommandLineLimitsTests {
    @Test("a SOURCE_DATE_EPOCH that is not a usable date: exit 2, the value named, nothing read or written", arguments: [
        "-9223372036854775808", "9223372036854775807", "99999999999999999999999", "253402300800", "-1",
        "1e9", "+1700000000", " 1700000000", "1700000000 ", "1700000000.5", "0x10", "yesterday", "\u{FF11}\u{FF12}",
    ])
    func badEpoch(value: String) throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let before = ProgrammeFixture.snapshot(fixture.root)
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site], environment: ["SOURCE_DATE_EPOCH": value])
        #expect(result.status == 2, "\(value): exit \(result.status) \(result.stderr)")
        #expect(result.stderr.hasPrefix("famdash: error: SOURCE_DATE_EPOCH is '"), "\(result.stderr)")
        #expect(result.stderr.contains("set it to whole seconds since 1970-01-01 00:00 UTC, from 0 to 253402300799"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(ProgrammeFixture.snapshot(fixture.root) == before)
        #expect(!FileManager.default.fileExists(atPath: fixture.site))
    }

    @Test("the first and last usable SOURCE_DATE_EPOCH, and an empty one (unset)", arguments: [
        ("0", "Generated on 1 January 1970"), ("253402300799", "Generated on 31 December 9999"), ("1700000000", "Generated on 14 November 2023"),
    ])
    func edgeEpochs(value: String, stamp: String) throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site], environment: ["SOURCE_DATE_EPOCH": value])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(fixture.read("index.html")?.contains(stamp) == true)
    }

    @Test("an empty SOURCE_DATE_EPOCH counts as unset")
    func emptyEpoch() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site], environment: ["SOURCE_DATE_EPOCH": ""])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("sample sizes above the stated limits: exit 2 with the limit, nothing written", arguments: [
        (["--families", "9223372036854775807"], "--families must be from 1 to 10,000,000 (got 9223372036854775807)"),
        (["--families", "10000001"], "--families must be from 1 to 10,000,000"),
        (["--families", "1000000000"], "--families must be from 1 to 10,000,000"),
        (["--families", "0"], "--families must be from 1 to 10,000,000 (got 0)"),
        (["--wards", "9223372036854775807"], "--wards must be from 1 to 100,000"),
        (["--wards", "100001"], "--wards must be from 1 to 100,000"),
        (["--wards=-3"], "--wards must be from 1 to 100,000"),
        (["--localities", "9223372036854775807"], "--localities must be from 1 to --wards (17)"),
        (["--wards", "5", "--localities", "6"], "--localities must be from 1 to --wards (5)"),
        (["--periods", "9223372036854775807"], "--periods must be from 1 to 200"),
        (["--periods=-9223372036854775808"], "--periods must be from 1 to 200"),
        (["--phase", "9223372036854775807"], "--phase must be 1 or 2"),
        (["--families", "99999999999999999999"], "--families"),
        (["--seed=-1"], "--seed"),
    ])
    func sampleLimits(options: [String], words: String) throws {
        let root = NSTemporaryDirectory() + "famdash-limits-\(UUID().uuidString)"
        let result = try FamdashProcess.run(["sample", "--out", root] + options)
        #expect(result.status == 2, "\(options): exit \(result.status) \(result.stderr)")
        #expect(result.stderr.contains(words), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root))
    }

    @Test("sample at its stated limit of wards works")
    func sampleWardLimit() throws {
        let root = NSTemporaryDirectory() + "famdash-limits-\(UUID().uuidString)"
        let result = try FamdashProcess.run(["sample", "--out", root, "--families", "20", "--wards", "100000", "--localities", "100000", "--periods", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let areas = FileManager.default.contents(atPath: root + "/areas.csv") ?? Data()
        #expect(areas.split(separator: UInt8(ascii: "\n")).count == 100_001, "a header and 100,000 wards")
        try? FileManager.default.removeItem(atPath: root)
    }

    @Test("a --port out of range is wrong use")
    func port() throws {
        for port in ["0", "65536", "-1", "9223372036854775807"] {
            let result = try FamdashProcess.run(["serve", "--site", "/nonexistent", "--port", port])
            #expect(result.status == 2, "\(port): \(result.stderr)")
        }
    }
}
