import Foundation
import Testing

@Suite("names from the data cannot break out")
struct HostileNamesTests {
    static let long = String(repeating: "Very long ward name ", count: 10)  // 200 characters: the longest name accepted
    static let wards = ["<script>alert(1)</script>", "\"'&<>", "javascript:alert(1)", "../../etc/passwd", "CON", "Con!", "🏠 Home", long]

    @Test("hostile ward, locality and agency names are escaped in pages, SVGs and CSVs, and files stay inside the site")
    func hostile() throws {
        var areas = "ward,locality\n"
        for (index, ward) in Self.wards.enumerated() {
            let locality = index % 2 == 0 ? "<b>North</b>" : "=SUM(A1:A9)"
            areas += "\"\(ward.replacingOccurrences(of: "\"", with: "\"\""))\",\"\(locality)\"\n"
        }
        var families = "family_id,ward,crime,crime_rag,school,school_rag,allocation,lead_agency\n"
        for index in 0..<80 {
            let ward = Self.wards[index % Self.wards.count].replacingOccurrences(of: "\"", with: "\"\"")
            let agency = ["@evil", "-1+2", "<img src=x onerror=alert(1)>"][index % 3]
            families += "H\(index),\"\(ward)\",Y,R,N,,allocated,\"\(agency)\"\n"
        }
        let fixture = try ProgrammeFixture([
            "programme.toml": ProgrammeFixture.toml.replacingOccurrences(of: "min_count = 0", with: "min_count = 3"),
            "areas.csv": areas,
            "periods/2013-Q3/families.csv": families,
            "periods/2013-Q3/people.csv": "family_id,age\nH1,30\n",
        ])
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(result.status == 0, "\(result.stderr)")

        let files = ProgrammeFixture.snapshot(fixture.site)
        #expect(files.keys.allSatisfy { !$0.contains("..") && !$0.hasPrefix("/") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root).sorted() == ["Site", "data"])
        let wardPages = files.keys.filter { $0.hasPrefix("2013-Q3/wards/") && $0 != "2013-Q3/wards/index.html" }
        #expect(wardPages.count == Self.wards.count, "one page per ward, CON and con distinct: \(wardPages.sorted())")
        #expect(wardPages.contains("2013-Q3/wards/con-area.html") && wardPages.contains("2013-Q3/wards/con-area-2.html"))

        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".svg") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>alert"), "\(path)")
            #expect(!text.contains("<img src=x"), "\(path)")
            #expect(!text.contains("<b>North"), "\(path)")
            #expect(!text.lowercased().contains("href=\"javascript:"), "\(path)")
        }
        let wardsCSV = try #require(fixture.read("2013-Q3/data/wards.csv"))
        #expect(wardsCSV.contains(",'=SUM(A1:A9),"))
        #expect(wardsCSV.contains("\"\"\"'&<>\""))
        let agencies = try #require(fixture.read("2013-Q3/data/allocations.csv"))
        #expect(agencies.contains("\n'@evil,") && agencies.contains("\n'-1+2,"))
    }

    @Test("control characters in names never reach a page or chart raw, and a formula after a line break is neutralised")
    func controlCharacters() throws {
        let ward = "Esc\u{1B}[2Jape\u{1}"
        let agencies = ["\r=HYPERLINK(\"http://x\")", "\n@SUM(1+1)", "Bell\u{7}"]
        var families = "family_id,ward,crime,crime_rag,school,school_rag,allocation,lead_agency\n"
        for index in 0..<12 {
            families += "C\(index),\"\(index % 2 == 0 ? ward : "Abbey")\",Y,R,N,,allocated,\"\(agencies[index % 3].replacingOccurrences(of: "\"", with: "\"\""))\"\n"
        }
        let fixture = try ProgrammeFixture([
            "programme.toml": ProgrammeFixture.toml,
            "areas.csv": "ward,locality\n\"\(ward)\",North\nAbbey,South\n",
            "periods/2013-Q3/families.csv": families,
            "periods/2013-Q3/people.csv": "family_id,age\nC1,30\n",
        ])
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(result.status == 0, "\(result.stderr)")
        let files = ProgrammeFixture.snapshot(fixture.site)
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".svg") {
            let text = String(decoding: data, as: UTF8.self)
            let raw = text.unicodeScalars.first { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" || $0.value == 0x7F }
            #expect(raw == nil, "\(path): U+\(String(raw?.value ?? 0, radix: 16))")
            if text.contains("Esc\u{FFFD}[2Jape\u{FFFD}") { checked += 1 }
        }
        #expect(checked > 5, "the ward's name appears, escaped, on its pages and charts")
        let csv = try #require(fixture.read("2013-Q3/data/allocations.csv"))
        #expect(csv.contains("\n\"'\r=HYPERLINK(\"\"http://x\"\")\",") , "\(csv.debugDescription)")
        #expect(csv.contains("\n\"'\n@SUM(1+1)\","), "\(csv.debugDescription)")
    }
}
