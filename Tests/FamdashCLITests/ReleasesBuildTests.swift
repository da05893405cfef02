import Foundation
import Testing

/// Releases end to end: revisions kept across builds, [r] on pages, published dates, the
/// not-latest notice, tidy files, the zip per quarter, CSVW metadata, all deterministic.
@Suite("famdash build, releases")
struct ReleasesBuildTests {
    /// The hand-worked 2013-Q3 (min_count 0) and the same families again in 2013-Q4.
    func fixture() throws -> ProgrammeFixture {
        var files = ProgrammeFixture.handWorked
        files["programme.toml"] = "contact = \"Test team, test@example.gov.uk\"\n" + ProgrammeFixture.toml
            + "\n[release]\nnext_update = \"2014-05\"\n[release.published]\n\"2013-Q3\" = \"2013-11-20\"\n"
        files["periods/2013-Q4/families.csv"] = ProgrammeFixture.families
        files["periods/2013-Q4/people.csv"] = ProgrammeFixture.people
        return try ProgrammeFixture(files)
    }

    func build(_ fixture: ProgrammeFixture, epoch: String, out: String? = nil, environment: [String: String] = [:]) throws {
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", out ?? fixture.site],
                                            environment: environment.merging(["SOURCE_DATE_EPOCH": epoch]) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
    }

    func rows(_ text: String?) -> [String] {
        (text ?? "").split(separator: "\n").map(String.init)
    }

    @Test("a corrected quarter lists exactly its changed cells, dated; the next build keeps them and adds nothing; pages mark them [r]")
    func revisions() throws {
        let fixture = try fixture()
        try build(fixture, epoch: "1385000000")  // 21 November 2013
        #expect(fixture.read("2013-Q3/data/revisions.csv") == nil, "nothing is revised on the first build")
        // F7 moves from Darley to Abbey: 2013-Q3 Abbey 2 -> 3 families (5 -> 6 people), Darley 1 -> 0;
        // F7 qualifies for school, green: Abbey's school row gains it, Darley's has none left ([x]).
        try fixture.write("periods/2013-Q3/families.csv", Data(ProgrammeFixture.families.replacingOccurrences(of: "F7,Darley", with: "F7,Abbey").utf8))
        try build(fixture, epoch: "1391400000")  // 3 February 2014
        let expected = """
        file,row,column,previous,current,revised_on
        wards.csv,Abbey,people,5,6,2014-02-03
        wards.csv,Abbey,people_pct,38.5,46.2,2014-02-03
        wards.csv,Abbey,families,2,3,2014-02-03
        wards.csv,Abbey,families_pct,28.6,42.9,2014-02-03
        wards.csv,Darley,people,1,0,2014-02-03
        wards.csv,Darley,people_pct,7.7,0.0,2014-02-03
        wards.csv,Darley,families,1,0,2014-02-03
        wards.csv,Darley,families_pct,14.3,0.0,2014-02-03
        ward-rag.csv,Abbey / school,qualifiers,1,2,2014-02-03
        ward-rag.csv,Abbey / school,green,1,2,2014-02-03
        ward-rag.csv,Darley / school,qualifiers,1,0,2014-02-03
        ward-rag.csv,Darley / school,green,1,0,2014-02-03
        ward-rag.csv,Darley / school,green_pct,100.0,0.0,2014-02-03
        ward-rag.csv,Darley / school,comparison,similar,[x],2014-02-03
        ward-allocations.csv,Abbey,allocated,2,3,2014-02-03
        ward-allocations.csv,Darley,allocated,1,0,2014-02-03

        """
        #expect(fixture.read("2013-Q3/data/revisions.csv") == expected)
        #expect(fixture.read("2013-Q4/data/revisions.csv") == nil, "2013-Q4's figures did not change")

        // A later build with no change keeps the rows and their dates, and adds none.
        try build(fixture, epoch: "1399000000")
        #expect(fixture.read("2013-Q3/data/revisions.csv") == expected)

        let wards = try #require(fixture.read("2013-Q3/wards/index.html"))
        #expect(wards.contains(">6 <abbr class=\"revised\"") && wards.contains(">3 <abbr class=\"revised\""))
        #expect(wards.contains(">0 <abbr class=\"revised\""))
        #expect(!wards.contains(">5 <abbr class=\"revised\""), "Sinfin's unchanged 5 people are not marked")
        #expect(fixture.read("2013-Q4/wards/index.html")?.contains("[r]") == false)
        let abbey = try #require(fixture.read("2013-Q3/wards/abbey.html"))
        #expect(abbey.contains("[r]"))
        let data = try #require(fixture.read("2013-Q3/data.html"))
        #expect(data.contains("Revisions to July to September 2013") && data.contains("3 February 2014"))
        #expect(fixture.read("data/revisions.csv")?.hasPrefix("period,file,row,column,previous,current,revised_on\n2013-Q3,wards.csv,Abbey,people,5,6,2014-02-03\n") == true)
    }

    /// Every cell that differs between two sites' CSVs of a quarter, found here independently
    /// (plain fields: the fixture has no quoting): file, row key, column, before, after.
    func differences(_ old: [String: Data], _ new: [String: Data], period: String) -> Set<[String]> {
        var found: Set<[String]> = []
        for (path, bytes) in new where path.hasPrefix(period + "/data/") && path.hasSuffix(".csv") && !path.hasSuffix("revisions.csv") {
            guard let before = old[path] else { continue }
            let file = String(path.dropFirst(period.count + 6))
            let width = ["rag-movement.csv", "ward-rag.csv", "rollout-agencies.csv"].contains(file) ? 2 : 1
            func table(_ data: Data) -> (header: [String], rows: [String: [String]]) {
                let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
                return (lines[0], Dictionary(lines.dropFirst().map { ($0.prefix(width).joined(separator: " / "), $0) }) { first, _ in first })
            }
            let (header, oldRows) = table(before), (_, newRows) = table(bytes)
            for (key, row) in newRows {
                for column in width..<header.count {
                    let previous = oldRows[key].map { $0[column] } ?? ""
                    if previous != row[column] || oldRows[key] == nil { found.insert([file, key, header[column], previous, row[column]]) }
                }
            }
        }
        return found
    }

    @Test("with disclosure control, a newly suppressed count is listed with [c] and the list is exactly the cells that differ")
    func newlySuppressed() throws {
        var files = ProgrammeFixture.handWorked
        files["programme.toml"] = ProgrammeFixture.toml.replacingOccurrences(of: "min_count = 0", with: "min_count = 2")
        let fixture = try ProgrammeFixture(files)
        try build(fixture, epoch: "1385000000")
        let first = ProgrammeFixture.snapshot(fixture.site)
        // Abbey's 2 families (F1, F2) are published; which people counts are withheld with them is the solver's choice.
        #expect(rows(fixture.read("2013-Q3/data/wards.csv")).contains { $0.hasPrefix("Abbey,North,") && $0.hasSuffix(",2,28.6") })
        // F2 moves from Abbey to Sinfin: Abbey keeps one family, which min_count 2 withholds.
        try fixture.write("periods/2013-Q3/families.csv", Data(ProgrammeFixture.families.replacingOccurrences(of: "F2,\"Abbey\"", with: "F2,Sinfin").utf8))
        try build(fixture, epoch: "1391400000")
        let second = ProgrammeFixture.snapshot(fixture.site)
        let listed = rows(fixture.read("2013-Q3/data/revisions.csv")).dropFirst().map { line -> [String] in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(fields.last == "2014-02-03")
            return Array(fields.dropLast())
        }
        #expect(listed.contains(["wards.csv", "Abbey", "families", "2", "[c]"]))
        #expect(Set(listed) == differences(first, second, period: "2013-Q3"))
        #expect(listed.count == Set(listed).count, "each cell once")
    }

    @Test("published dates: programme.toml's, else the first build's, kept by later builds; older quarters say they are not the latest")
    func releaseMetadata() throws {
        let fixture = try fixture()
        try build(fixture, epoch: "1391400000")  // 3 February 2014
        try build(fixture, epoch: "1399000000")  // a later day: the first published date stays
        let older = try #require(fixture.read("2013-Q3/index.html"))
        #expect(older.contains("This is not the latest release.</strong> Published 20 November 2013. <a href=\"../index.html\">See the latest figures</a>"))
        let latest = try #require(fixture.read("2013-Q4/index.html"))
        #expect(latest.contains("<p class=\"release\">Published 3 February 2014. Next update: May 2014.</p>"))
        #expect(!latest.contains("not the latest release"))
        let manifest = try #require(fixture.read(".famdash-manifest.json"))
        #expect(manifest.contains("\"period\": \"2013-Q4\"") && manifest.contains("\"published\": \"2014-02-03\""))
        let methodology = try #require(fixture.read("2013-Q4/data.html"))
        #expect(methodology.contains("Test team, test@example.gov.uk"))
        #expect(methodology.contains("<a href=\"../2013-Q4/2013-Q4.zip\">2013-Q4.zip</a>"))
    }

    @Test("tidy files equal the quarters' files; the zip holds exactly the quarter's data files; CSVW names every column")
    func downloads() throws {
        let fixture = try fixture()
        try build(fixture, epoch: "1391400000")
        for name in ["wards", "localities", "rag", "ages", "ages-detail", "allocations", "ward-allocations"] {
            let tidy = rows(fixture.read("data/\(name).csv"))
            var expected: [String] = []
            for period in ["2013-Q3", "2013-Q4"] {
                let own = rows(fixture.read("\(period)/data/\(name).csv"))
                if expected.isEmpty { expected.append("period," + (own.first ?? "")) }
                expected += own.dropFirst().map { "\(period),\($0)" }
            }
            #expect(tidy == expected, "\(name)")
            let metadata = try #require(fixture.read("data/\(name).csv-metadata.json"))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(metadata.utf8)) as? [String: Any])
            let columns = (object["tableSchema"] as? [String: Any])?["columns"] as? [[String: Any]]
            #expect(columns?.compactMap { $0["name"] as? String }.joined(separator: ",") == tidy.first, "\(name)")
        }
        #expect(fixture.read("data/areas.csv") == "ward,code,locality\nAbbey,,North\nSinfin,,South\nDarley,,North\n")

        let script = """
        import os, sys, zipfile
        folder = sys.argv[1]
        z = zipfile.ZipFile(os.path.join(folder, "2013-Q3.zip"))
        assert z.testzip() is None
        expected = sorted(["summary.json"] + ["data/" + n for n in os.listdir(os.path.join(folder, "data"))])
        assert sorted(z.namelist()) == expected, (z.namelist(), expected)
        for name in expected:
            assert z.read(name) == open(os.path.join(folder, name), "rb").read(), name
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, fixture.site + "/2013-Q3"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("byte-identical across rebuilds and time zones, zips included")
    func deterministic() throws {
        let fixture = try fixture()
        try build(fixture, epoch: "1391400000", out: fixture.root + "/utc", environment: ["TZ": "UTC"])
        try build(fixture, epoch: "1391400000", out: fixture.root + "/kiritimati", environment: ["TZ": "Pacific/Kiritimati"])
        let utc = ProgrammeFixture.snapshot(fixture.root + "/utc")
        #expect(utc["2013-Q3/2013-Q3.zip"] != nil && utc["data/wards.csv-metadata.json"] != nil)
        #expect(utc == ProgrammeFixture.snapshot(fixture.root + "/kiritimati"))
        try build(fixture, epoch: "1391400000", out: fixture.root + "/utc", environment: ["TZ": "America/New_York"])
        #expect(utc == ProgrammeFixture.snapshot(fixture.root + "/utc"))
    }
}
