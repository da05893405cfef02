import Foundation
import Testing

@Suite("famdash build, end to end")
struct BuildCommandTests {
    @Test("the hand-worked programme publishes DATA.md's files with the hand-worked figures")
    func handWorked() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.errorLines.isEmpty)
        #expect(fixture.read("2013-Q3/data/wards.csv") == """
        ward,locality,people,people_pct,families,families_pct
        Abbey,North,5,38.5,2,28.6
        Sinfin,South,5,38.5,3,42.9
        Darley,North,1,7.7,1,14.3
        Unidentified,Unidentified,2,15.4,1,14.3

        """)
        #expect(fixture.read("2013-Q3/data/localities.csv") == """
        locality,people,people_pct,families,families_pct
        North,6,46.2,3,42.9
        South,5,38.5,3,42.9
        Unidentified,2,15.4,1,14.3

        """)
        #expect(fixture.read("2013-Q3/data/rag.csv") == """
        measure,qualifiers,red,amber,green,not_assessed,red_pct,amber_pct,green_pct
        crime,4,1,1,1,1,25.0,25.0,25.0
        school,5,1,1,2,1,20.0,20.0,40.0

        """)
        #expect(fixture.read("2013-Q3/data/ages.csv") == """
        band,people,people_pct
        0-10,5,38.5
        11-20,4,30.8
        21-30,1,7.7
        31-40,1,7.7
        41-50,0,0.0
        51-60,0,0.0
        61-70,0,0.0
        71-80,0,0.0
        81-90,0,0.0
        91+,1,7.7
        unknown,1,7.7

        """)
        #expect(fixture.read("2013-Q3/data/ages-detail.csv") == "age,people\n0,0\n1,1\n2,1\n3,1\n4,0\n5,1\n6,0\n7,0\n8,0\n9,0\n10,1\n")
        #expect(fixture.read("2013-Q3/data/allocations.csv") == """
        lead_agency,families,families_pct
        EWS,1,20.0
        FIP,1,20.0
        Police,2,40.0
        Not recorded,1,20.0

        """)
        #expect(fixture.read("2013-Q3/data/ward-allocations.csv") == """
        ward,allocated,claimed,not_to_be_allocated,yet_to_be_allocated
        Abbey,2,1,0,0
        Sinfin,1,1,1,1
        Darley,1,0,0,0
        Unidentified,1,0,0,0

        """)
        let summary = try JSONSerialization.jsonObject(with: Data(fixture.read("2013-Q3/summary.json")!.utf8)) as? [String: Any]
        #expect(summary?["period"] as? String == "2013-Q3")
        #expect(summary?["families"] as? Int == 7)
        #expect(summary?["people"] as? Int == 13)
        #expect(summary?["allocated"] as? Int == 5)
        #expect(summary?["claims"] as? Int == 2)
        // Every published file is listed, and linked, on the data and methodology page.
        let methodology = try #require(fixture.read("2013-Q3/data.html"))
        for name in ["wards", "localities", "rag", "ages", "ages-detail", "allocations", "ward-allocations"] {
            #expect(methodology.contains("href=\"../2013-Q3/data/\(name).csv\""), "\(name).csv")
        }
        #expect(fixture.read("index.html")?.contains("href=\"2013-Q3/data/rag.csv\"") == true)
        #expect(fixture.read("trends.csv") == "period,families,people,allocated,claims\n2013-Q3,7,13,5,2\n")
        #expect(fixture.read("assets/famdash.css") != nil)
    }

    @Test("a rebuild of the same data is byte-identical, whatever the locale and time zone")
    func deterministic() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site], environment: environment.merging(["TZ": "UTC", "LANG": "C"]) { $1 })
        let first = ProgrammeFixture.snapshot(fixture.site)
        // --full: render again rather than reuse the unchanged quarter.
        try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site, "--full"], environment: environment.merging(["TZ": "Pacific/Auckland", "LANG": "de_DE.UTF-8"]) { $1 })
        let second = ProgrammeFixture.snapshot(fixture.site)
        #expect(first.count > 10)
        #expect(first == second)
        #expect(String(decoding: first["index.html"]!, as: UTF8.self).contains("Generated on 14 November 2023"))
    }

    @Test("bad input: exit 1, every problem listed by position, the previous site untouched")
    func badInputKeepsSite() throws {
        var files = ProgrammeFixture.handWorked
        let fixture = try ProgrammeFixture(files)
        try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        let before = ProgrammeFixture.snapshot(fixture.site)
        files["periods/2013-Q3/families.csv"] = ProgrammeFixture.families.replacingOccurrences(of: "F3,Sinfin", with: "F3,Sinfen")
            .replacingOccurrences(of: "F7,Darley,0,,Y,g", with: "F7,Darley,0,,Y,X")
        try fixture.write("periods/2013-Q3/families.csv", Data(files["periods/2013-Q3/families.csv"]!.utf8))
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(result.status == 1)
        #expect(result.errorLines.count == 2)
        #expect(result.errorLines[0].hasSuffix("periods/2013-Q3/families.csv:4:4: error: ward 'Sinfen' is not in areas.csv; did you mean 'Sinfin'? (leave it empty if the ward is not known)"))
        #expect(result.errorLines[1].contains("families.csv:8:16: error: school_rag is 'X'"))
        #expect(ProgrammeFixture.snapshot(fixture.site) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test("folder problems", arguments: [
        ("no periods", "periods/", "folder is missing"),
        ("bad period name", "periods/2013-Q5", "not named YYYY-Qn"),
        ("empty period", "periods/2013-Q4/families.csv", "file is missing"),
        ("missing people", "periods/2013-Q3/people.csv", "file is missing"),
        ("missing areas", "areas.csv", "file is missing"),
    ])
    func folderProblems(name: String, culprit: String, words: String) throws {
        var files = ProgrammeFixture.handWorked
        switch name {
        case "no periods": files = files.filter { !$0.key.hasPrefix("periods/") }
        case "bad period name": files["periods/2013-Q5/families.csv"] = ProgrammeFixture.families
        case "empty period": files["periods/2013-Q4/.keep"] = ""
        case "missing people": files["periods/2013-Q3/people.csv"] = nil
        default: files["areas.csv"] = nil
        }
        let fixture = try ProgrammeFixture(files)
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(result.status == 1)
        #expect(result.errorLines.contains { $0.contains(culprit) && $0.contains(words) }, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.site))
    }

    @Test("a programme.toml that stops TOMLKit's parser is an error, not a crash (found by fuzzing)")
    func tomlParserAssertion() throws {
        var files = ProgrammeFixture.handWorked
        files["programme.toml"] = ProgrammeFixture.toml.replacingOccurrences(of: "min_count = 0", with: "min_count = 2013-02-30 5")
        let fixture = try ProgrammeFixture(files)
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.contains("programme.toml:1:1: error: TOML syntax") == true)
        #expect(!FileManager.default.fileExists(atPath: fixture.site))
    }

    @Test("a ward removed from the data leaves no page behind")
    func stalePages() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(fixture.read("2013-Q3/wards/darley.html") != nil)
        try fixture.write("areas.csv", Data(ProgrammeFixture.areas.replacingOccurrences(of: "Darley,North\n", with: "").utf8))
        try fixture.write("periods/2013-Q3/families.csv", Data(ProgrammeFixture.families.replacingOccurrences(of: "F7,Darley,0,,Y,g,allocated,Police,\r\n", with: "").utf8))
        try fixture.write("periods/2013-Q3/people.csv", Data(ProgrammeFixture.people.replacingOccurrences(of: "30,F7\n", with: "").utf8))
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(fixture.read("2013-Q3/wards/darley.html") == nil)
        #expect(fixture.read("2013-Q3/wards/abbey.html") != nil)
    }

    @Test("validate checks everything and writes nothing")
    func validate() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let result = try FamdashProcess.run(["validate", "--data", fixture.data], in: fixture.root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("is valid"))
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/Site"))
    }

    @Test("wrong command-line use exits 2")
    func usage() throws {
        #expect(try FamdashProcess.run(["build", "--no-such-option"]).status == 2)
        #expect(try FamdashProcess.run(["sample", "--out", "/tmp/x", "--phase", "3"]).status == 2)
        #expect(try FamdashProcess.run(["frobnicate"]).status == 2)
        let help = try FamdashProcess.run(["build", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples"))
    }

    @Test("no family_id appears anywhere in the published site")
    func noIdentifiers() throws {
        let root = NSTemporaryDirectory() + "famdash-ids-\(UUID().uuidString)"
        try FamdashProcess.run(["sample", "--out", root + "/data", "--families", "300", "--wards", "12", "--periods", "3"])
        let build = try FamdashProcess.run(["build", "--data", root + "/data", "--out", root + "/Site"])
        #expect(build.status == 0, "\(build.stderr)")
        var ids: Set<String> = []
        for (path, data) in ProgrammeFixture.snapshot(root + "/data") where path.hasSuffix("families.csv") {
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst() {
                ids.insert(String(line.prefix { $0 != "," }))
            }
        }
        #expect(ids.count > 200)
        let site = ProgrammeFixture.snapshot(root + "/Site")
        for (path, data) in site {
            let text = String(decoding: data, as: UTF8.self)
            for id in ids {
                #expect(!text.contains(id) && !path.contains(id), "\(id) found in \(path)")
            }
        }
    }

    @Test("the sample generator is deterministic and its output is valid")
    func sample() throws {
        let root = NSTemporaryDirectory() + "famdash-sample-\(UUID().uuidString)"
        try FamdashProcess.run(["sample", "--out", root + "/a", "--families", "500", "--periods", "4", "--phase", "2", "--seed", "9"])
        try FamdashProcess.run(["sample", "--out", root + "/b", "--families", "500", "--periods", "4", "--phase", "2", "--seed", "9"])
        let a = ProgrammeFixture.snapshot(root + "/a")
        // programme.toml, areas.csv, boundaries.geojson, and two files a quarter.
        #expect(a.count == 3 + 2 * 4)
        #expect(a == ProgrammeFixture.snapshot(root + "/b"))
        let validate = try FamdashProcess.run(["validate", "--data", root + "/a"])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.errorLines.isEmpty)
    }
}

@Suite("benchmark helpers")
struct BenchmarkHelperTests {
    @Test("build --timings names every stage; measure-csv reports a rate for the files it parsed")
    func timingsAndCSVRate() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let build = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site, "--timings"])
        #expect(build.status == 0, "\(build.stderr)")
        for stage in ["read+check", "figures", "disclosure", "charts", "svg", "png", "pages", "write"] {
            #expect(build.stderr.contains("\n\(stage) ") || build.stderr.hasPrefix("\(stage) "), "stage \(stage) in \(build.stderr)")
        }
        let families = fixture.data + "/periods/2013-Q3/families.csv"
        let measure = try FamdashProcess.run(["measure-csv", families, "--runs", "2"])
        #expect(measure.status == 0, "\(measure.stderr)")
        #expect(measure.stdout.contains(", 72 fields parsed"), "8 lines of 9 fields: \(measure.stdout)")
        #expect(measure.stdout.hasSuffix("MB/s\n"))
    }
}
