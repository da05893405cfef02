import Foundation
import Testing

/// Issue 12, second round: hostile input that is not a small corpus case (sizes, speeds,
/// several files at once). Each checks the exit status, the message and its position.
@Suite("hostile input, second round")
struct HostileInputTests {
    static let header = "family_id,ward,crime,crime_rag,school,school_rag,allocation,lead_agency,claimed_on\n"

    static func validate(_ files: [String: String]) throws -> (FamdashProcess.Result, ProgrammeFixture) {
        var all = ProgrammeFixture.handWorked
        for (path, text) in files { all[path] = text }
        let fixture = try ProgrammeFixture(all)
        let result = try FamdashProcess.run(["validate", "--data", fixture.data])
        return (result, fixture)
    }

    static func lines(_ result: FamdashProcess.Result, _ fixture: ProgrammeFixture) -> [String] {
        result.stderr.split(separator: "\n").map { $0.replacingOccurrences(of: fixture.data + "/", with: "") }
    }

    @Test("a row refused for a stray comma still names its family: its people are not called orphans")
    func rejectedRowKeepsItsPeople() throws {
        let families = Self.header + "F1,Abbey,Y,R,N,,allocated,FIP,2013-08-01,extra\nF2,Abbey,Y,A,Y,G,allocated,Police,\n"
        let (result, fixture) = try Self.validate(["periods/2013-Q3/families.csv": families,
                                                   "periods/2013-Q3/people.csv": "family_id,age\nF1,5\nF1,40\nF2,12\n"])
        #expect(result.status == 1)
        let errors = Self.lines(result, fixture).filter { $0.contains(": error: ") && !$0.hasPrefix("famdash:") }
        #expect(errors == ["periods/2013-Q3/families.csv:2:42: error: too many fields: this row has 10, the header has 9 (an unquoted comma inside a value, or a missing one?)"])
    }

    @Test("a family_id with a byte-order mark inside: one error at the family, none for its people")
    func invisibleFamilyID() throws {
        let families = Self.header + "F1,Abbey,Y,R,N,,allocated,FIP,\n\u{FEFF}F2,Abbey,Y,A,Y,G,allocated,Police,\n"
        let (result, fixture) = try Self.validate(["periods/2013-Q3/families.csv": families,
                                                   "periods/2013-Q3/people.csv": "family_id,age\nF1,5\nF2,12\n"])
        #expect(result.status == 1)
        let errors = Self.lines(result, fixture).filter { $0.contains(": error: ") && !$0.hasPrefix("famdash:") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("periods/2013-Q3/families.csv:3:1: error: family_id '<U+FEFF>F2' contains an invisible character (U+FEFF) at character 1") == true, "\(errors)")
    }

    @Test("200,000 bad rows: memory bounded, 100 errors shown and the rest counted")
    func manyBadRows() throws {
        let rows = 200_000
        var families = Self.header
        families.reserveCapacity(rows * 40)
        for index in 0..<rows { families += "B\(index),Abbey,maybe,,N,,allocated,,\n" }
        let (result, fixture) = try Self.validate(["periods/2013-Q3/families.csv": families, "periods/2013-Q3/people.csv": "family_id,age\n"])
        #expect(result.status == 1)
        let lines = Self.lines(result, fixture)
        #expect(lines.filter { $0.contains(": error: crime is 'maybe'") }.count == 100)
        #expect(lines.first == "periods/2013-Q3/families.csv:2:10: error: crime is 'maybe'; write Y or N (also accepted: yes/no, 1/0, true/false)")
        #expect(lines.contains("famdash: error: and \(rows - 100) more errors not shown (fix the ones above and run again)"), "\(lines.suffix(3))")
        #expect(result.stderr.utf8.count < 20_000)
    }

    @Test("a header of 50,000 unknown columns: ten named, one line for the rest, in seconds")
    func wideHeader() throws {
        let extra = (0..<50_000).map { "x\($0)" }
        let header = String(Self.header.dropLast()) + "," + extra.joined(separator: ",") + "\n"
        let blanks = String(repeating: ",", count: extra.count)
        let families = header + "F1,Abbey,Y,R,N,,allocated,FIP,2013-08-01" + blanks + "\n"
        let started = Date()
        let (result, fixture) = try Self.validate(["periods/2013-Q3/families.csv": families,
                                                   "periods/2013-Q3/people.csv": "family_id,age\nF1,5\n"])
        // The quadratic header walk took 14.5 s in a release build; now it is one pass.
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        let warnings = Self.lines(result, fixture).filter { $0.contains("unknown column") }
        #expect(warnings.count == 11)
        #expect(warnings.first == "periods/2013-Q3/families.csv:1:84: warning: unknown column 'x0' is ignored")
        let offset = Self.header.count + 1 + "x0,x1,x2,x3,x4,x5,x6,x7,x8,x9,".count
        #expect(warnings.last == "periods/2013-Q3/families.csv:1:\(offset): warning: 49990 more unknown columns, from column 20 on, are ignored")
    }

    @Test("a 10 MB value is quoted cut short, with its length")
    func hugeValue() throws {
        let huge = String(repeating: "Z", count: 10_000_000)
        let families = Self.header + "F1,Abbey,Y,R,N,,\(huge),FIP,\n"
        let (result, fixture) = try Self.validate(["periods/2013-Q3/families.csv": families,
                                                   "periods/2013-Q3/people.csv": "family_id,age\nF1,5\n"])
        #expect(result.status == 1)
        let expected = "periods/2013-Q3/families.csv:2:17: error: allocation '" + String(repeating: "Z", count: 60)
            + "... (10000000 characters)' is not known (allowed: allocated, not_to_be_allocated, yet_to_be_allocated)"
        #expect(Self.lines(result, fixture).contains(expected))
        #expect(result.stderr.utf8.count < 2_000)
    }

    @Test("localities, like wards, ignore case and surrounding spaces: one locality, the first spelling, a warning")
    func localityCase() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked.merging(
            ["areas.csv": "ward,locality\nAbbey,North\nSinfin,South\nDarley, north \n"]) { $1 })
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.lines(result, fixture).contains("areas.csv:4:8: warning: locality 'north' is written 'North' on line 2; localities, like wards, ignore case and surrounding spaces, so this is the same locality, published as 'North'"))
        let localities = try #require(fixture.read("2013-Q3/data/localities.csv"))
        #expect(localities.split(separator: "\n").map { $0.split(separator: ",").first ?? "" } == ["locality", "North", "South", "Unidentified"])
    }

    @Test("a shifted column: 20,000 unknown wards against 2,000 wards, suggestions only for the errors shown")
    func manyUnknownWards() throws {
        var areas = "ward,locality\n"
        for index in 0..<2_000 { areas += "Ward number \(index),Locality \(index % 20)\n" }
        var families = Self.header
        for index in 0..<20_000 { families += "S\(index),Ref-\(index * 7919),Y,R,N,,allocated,,\n" }
        let started = Date()
        let (result, fixture) = try Self.validate(["areas.csv": areas, "periods/2013-Q3/families.csv": families,
                                                   "periods/2013-Q3/people.csv": "family_id,age\n"])
        // Comparing every unknown ward with every ward took hours in a debug build; now two
        // minutes is ample, even with the whole suite running beside it.
        #expect(Date().timeIntervalSince(started) < 120)
        #expect(result.status == 1)
        let lines = Self.lines(result, fixture)
        #expect(lines.first == "periods/2013-Q3/families.csv:2:4: error: ward 'Ref-0' is not in areas.csv; did you mean 'Ward number 0'? (leave it empty if the ward is not known)")
        #expect(lines.contains("famdash: error: and 19900 more errors not shown (fix the ones above and run again)"))
    }

    @Test("every limit at once, at its largest accepted value: published, amounts exact")
    func atTheLimits() throws {
        let label = String(repeating: "L", count: 200)
        let toml = ProgrammeFixture.toml
            .replacingOccurrences(of: "label = \"Crime\"", with: "label = \"\(label)\"")
            + "\n[[targets]]\nby = 9999-12-31\nfamilies = 10000000\n\n[finance]\nattachment_fee = 1000000\nresults_payment = 1000000\n"
        let families = Self.header.replacingOccurrences(of: "\n", with: ",rollout_group\n")
            + "F1,Abbey,Y,R,N,,allocated,\(label),2013-08-01,999999999\nF2,Abbey,Y,A,Y,G,allocated,Police,,0\nF4,,Y,G,N,,allocated,,,\n"
        let fixture = try ProgrammeFixture(["programme.toml": toml, "areas.csv": "ward,locality\n\(label),\(label)\nAbbey,North\n",
                                            "periods/9999-Q4/families.csv": families, "periods/9999-Q4/people.csv": "family_id,age\nF1,120\n"])
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site], environment: ["SOURCE_DATE_EPOCH": "253402300799"])
        #expect(result.status == 0, "\(result.stderr)")
        // Three allocated families, one claim (F1): fees 3 x 1,000,000, results 1 x 1,000,000,
        // results still possible for F2 and F4: 2 x 1,000,000.
        #expect(fixture.read("9999-Q4/data/finance.csv") == "item,pounds\nattachment_fees,3000000\nresults_payments,1000000\ntotal,4000000\nresults_payments_possible,2000000\n")
        // 3 of 10,000,000 is 0.00003%: 0.0 to one place.
        let targets = try #require(fixture.read("9999-Q4/data/targets.csv"))
        #expect(targets.contains("\n9999-12-31,10000000,3,0.0,"), "\(targets)")

        // The largest min_count: every count here (3 and 1) is below it, so every amount is [c].
        try fixture.write("programme.toml", Data(toml.replacingOccurrences(of: "min_count = 0", with: "min_count = 1000").utf8))
        let suppressed = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site], environment: ["SOURCE_DATE_EPOCH": "253402300799"])
        #expect(suppressed.status == 0, "\(suppressed.stderr)")
        #expect(fixture.read("9999-Q4/data/finance.csv") == "item,pounds\nattachment_fees,[c]\nresults_payments,[c]\ntotal,[c]\nresults_payments_possible,[c]\n")
    }

    @Test("more than 100,000 wards: one error at the first ward beyond the limit")
    func tooManyWards() throws {
        var areas = "ward,locality\nAbbey,North\nSinfin,South\nDarley,North\n"
        for index in 0..<100_000 { areas += "W\(index),L\(index % 7)\n" }
        let (result, fixture) = try Self.validate(["areas.csv": areas])
        #expect(result.status == 1)
        // Three wards, then 99,997 more reach the limit: line 1 is the header, so the ward
        // beyond it is on line 100,002.
        #expect(Self.lines(result, fixture).filter { $0.contains(": error: ") && !$0.hasPrefix("famdash:") }
            == ["areas.csv:100002:1: error: more than 100000 wards; famdash publishes a page for every ward each quarter, so at most 100000 are allowed (is this a list of addresses or streets?)"])
    }

    @Test("a programme.toml over 4 MB is refused unread (found by scripts/fuzz: 2 GB of one line repeated ran for minutes)")
    func hugeSettings() throws {
        let padding = "# " + String(repeating: "x", count: 4_000_000) + "\n"
        let toml = ProgrammeFixture.toml + padding
        let (result, fixture) = try Self.validate(["programme.toml": toml])
        #expect(result.status == 1)
        #expect(Self.lines(result, fixture).first == "programme.toml: error: is \(toml.utf8.count) bytes, more than the 4000000 famdash reads for this file; is it the right file?")
    }
}
