import FamdashDisclosure
import FamdashModel
import Foundation
import Testing
@testable import FamdashSite

@Suite("tidy all-quarter files and CSVW metadata")
struct TidyFilesTests {
    let settings = Settings(name: "Test Families", authority: "Testshire", measures: [Measure(key: "crime", label: "Crime")])

    func wards(_ abbey: PublishedValue, _ pct: PublishedValue) -> PublishedTable {
        PublishedTable(name: "wards", header: ["ward", "locality", "people", "people_pct", "families", "families_pct"], keys: [.ward(0), .ward(1)],
                       rows: [[.text("Abbey"), .text("North"), .count(5), .percent(500), abbey, pct],
                              [.text("=Sinfin"), .text("South"), .count(5), .percent(500), .count(3), .percent(600)]])
    }

    var areas: Areas {
        var areas = Areas()
        areas.add(ward: "Abbey", locality: "North", code: "E05001234")
        areas.add(ward: "=Sinfin", locality: "South")
        return areas
    }

    @Test("a period column first, periods in order, each period's rows as its own file writes them")
    func tidy() throws {
        let files = Dictionary(uniqueKeysWithValues: TidyFiles.files(
            [(PeriodName(year: 2013, quarter: 3), [wards(.count(2), .percent(400))]), (PeriodName(year: 2013, quarter: 4), [wards(.suppressed, .suppressed)])],
            areas: areas, settings: settings).map { ($0.0, String(decoding: $0.1, as: UTF8.self)) })
        #expect(files.keys.sorted() == ["data/areas.csv", "data/areas.csv-metadata.json", "data/wards.csv", "data/wards.csv-metadata.json"])
        #expect(files["data/wards.csv"] == """
        period,ward,locality,people,people_pct,families,families_pct
        2013-Q3,Abbey,North,5,50.0,2,40.0
        2013-Q3,'=Sinfin,South,5,50.0,3,60.0
        2013-Q4,Abbey,North,5,50.0,[c],[c]
        2013-Q4,'=Sinfin,South,5,50.0,3,60.0

        """)
        #expect(files["data/areas.csv"] == "ward,code,locality\nAbbey,E05001234,North\n'=Sinfin,,South\n")
    }

    @Test("the metadata is CSVW JSON naming every column of the file, with types and [c] as null")
    func metadata() throws {
        let json = CSVWMetadata.json(table: "wards", settings: settings)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@context"] as? String == "http://www.w3.org/ns/csvw")
        #expect(object["url"] as? String == "wards.csv")
        let schema = try #require(object["tableSchema"] as? [String: Any])
        let columns = try #require(schema["columns"] as? [[String: Any]])
        #expect(columns.map { $0["name"] as? String } == ["period", "ward", "locality", "people", "people_pct", "families", "families_pct"])
        #expect(columns.allSatisfy { ($0["titles"] as? [String])?.first == $0["name"] as? String })
        let families = try #require(columns.first { $0["name"] as? String == "families" })
        #expect((families["datatype"] as? [String: Any])?["base"] as? String == "nonNegativeInteger")
        #expect(families["null"] as? [String] == ["[c]"])
        let pct = try #require(columns.first { $0["name"] as? String == "families_pct" })
        #expect((pct["datatype"] as? [String: Any])?["base"] as? String == "decimal")
        let ward = try #require(columns.first { $0["name"] as? String == "ward" })
        #expect(ward["datatype"] as? String == "string" && ward["null"] == nil && ward["required"] as? Bool == true, "a ward is never empty")

        let areas = try #require(try JSONSerialization.jsonObject(with: Data(CSVWMetadata.json(table: "areas", settings: settings).utf8)) as? [String: Any])
        let areaColumns = (areas["tableSchema"] as? [String: Any])?["columns"] as? [[String: Any]]
        #expect(areaColumns?.map { $0["name"] as? String } == ["ward", "code", "locality"])
        let revisions = try #require(try JSONSerialization.jsonObject(with: Data(CSVWMetadata.json(table: "revisions", settings: settings).utf8)) as? [String: Any])
        let revisionColumns = (revisions["tableSchema"] as? [String: Any])?["columns"] as? [[String: Any]]
        #expect(revisionColumns?.map { $0["name"] as? String } == ["period"] + Revision.header)
    }
}
