import FamdashDisclosure
import FamdashModel
import Testing
@testable import FamdashSite

@Suite("revisions")
struct RevisionTests {
    /// wards.csv as first published, and after a correction moved a family from Darley to
    /// Abbey (Darley's 1 family is now below min_count 2, so [c]) and one family lost its ward.
    let before = [["ward", "locality", "families", "families_pct"],
                  ["Abbey", "North", "2", "28.6"], ["Sinfin", "South", "3", "42.9"], ["Darley", "North", "2", "28.6"]]
    let after = [["ward", "locality", "families", "families_pct"],
                 ["Abbey", "North", "3", "42.9"], ["Sinfin", "South", "3", "42.9"], ["Darley", "North", "[c]", "[c]"],
                 ["Unidentified", "Unidentified", "[c]", "[c]"]]

    @Test("a changed cell, a newly suppressed cell and a new row; unchanged cells and key columns are not listed")
    func changedCells() {
        let found = RevisionFinder.changes(previous: ["wards": before], current: ["wards": after], order: ["wards"], on: "2014-02-03")
        let expected: [[String]] = [
            ["wards.csv", "Abbey", "families", "2", "3"], ["wards.csv", "Abbey", "families_pct", "28.6", "42.9"],
            ["wards.csv", "Darley", "families", "2", "[c]"], ["wards.csv", "Darley", "families_pct", "28.6", "[c]"],
            ["wards.csv", "Unidentified", "locality", "", "Unidentified"],
            ["wards.csv", "Unidentified", "families", "", "[c]"], ["wards.csv", "Unidentified", "families_pct", "", "[c]"],
        ]
        #expect(found.map { [$0.file, $0.row, $0.column, $0.previous, $0.current] } == expected)
        #expect(found.allSatisfy { $0.revisedOn == "2014-02-03" })
    }

    @Test("identical files give no revisions; files new to the period are not revisions")
    func nothingChanged() {
        #expect(RevisionFinder.changes(previous: ["wards": before], current: ["wards": before], order: ["wards"], on: "2014-02-03").isEmpty)
        #expect(RevisionFinder.changes(previous: [:], current: ["rollout": after], order: ["rollout"], on: "2014-02-03").isEmpty)
    }

    @Test("rag-movement rows are keyed by their first two fields; a row gone is listed with an empty current")
    func twoFieldKeys() {
        let old = [["measure", "from", "to_red", "to_amber", "to_green"], ["crime", "red", "5", "6", "7"], ["crime", "amber", "1", "2", "3"]]
        let new = [["measure", "from", "to_red", "to_amber", "to_green"], ["crime", "red", "5", "6", "8"]]
        let found = RevisionFinder.changes(previous: ["rag-movement": old], current: ["rag-movement": new], order: ["rag-movement"], on: "2014-02-03")
        #expect(found.map { [$0.row, $0.column, $0.previous, $0.current] } == [
            ["crime / red", "to_green", "7", "8"],
            ["crime / amber", "to_red", "1", ""], ["crime / amber", "to_amber", "2", ""], ["crime / amber", "to_green", "3", ""],
        ])
    }

    @Test("revisions.csv is read back exactly as written, and kept rows come first")
    func roundTrip() {
        let revisions = [Revision(file: "wards.csv", row: "St Mary's, North", column: "families", previous: "2", current: "3", revisedOn: "2014-02-03"),
                         Revision(file: "wards.csv", row: "'=Odd", column: "families", previous: "", current: "[c]", revisedOn: "2014-05-01")]
        let text = CSVWriter.csv(RevisionsFile.table(revisions))
        #expect(text == "file,row,column,previous,current,revised_on\nwards.csv,\"St Mary's, North\",families,2,3,2014-02-03\nwards.csv,'=Odd,families,,[c],2014-05-01\n")
        #expect(RevisionsFile.parse(Array(text.utf8)) == revisions)
        #expect(RevisionsFile.parse(Array("ward,families\nAbbey,2\n".utf8)).isEmpty, "a file that is not revisions.csv is not read as one")
    }

    @Test("a hostile ward name is keyed as its CSV writes it (apostrophe, comma, quote, line break) and still found")
    func hostileKey() {
        let name = "=Odd, \"x\"\nward"
        let table = PublishedTable(name: "wards", header: ["ward", "families"], keys: [.ward(0)], rows: [[.text(name), .count(7)]])
        let old = CSVText.rows(Array(CSVWriter.csv(PublishedTable(name: "wards", header: ["ward", "families"], keys: [.ward(0)],
                                                                   rows: [[.text(name), .count(6)]])).utf8))
        let found = RevisionFinder.changes(previous: ["wards": old ?? []], current: ["wards": CSVText.rows(table)], order: ["wards"], on: "2014-02-03")
        #expect(found.map(\.row) == ["'=Odd, \"x\"\nward"])
        let period = PublishedPeriod(period: PeriodName(year: 2013, quarter: 3), tables: [table], suppressedCount: 0, minCount: 0)
        let written = CSVWriter.csv(RevisionsFile.table(found))
        #expect(RevisionsFile.marked(period, RevisionsFile.parse(Array(written.utf8))).tables[0].revised == [0: [1]])
    }

    @Test("the cells named in revisions are marked on the period's table, by key and column")
    func marks() {
        let table = PublishedTable(name: "wards", header: ["ward", "locality", "families", "families_pct"], keys: [.ward(0), .ward(1), .ward(2)],
                                   rows: [[.text("Abbey"), .text("North"), .count(3), .percent(429)],
                                          [.text("Sinfin"), .text("South"), .count(3), .percent(429)],
                                          [.text("Darley"), .text("North"), .suppressed, .suppressed]])
        let period = PublishedPeriod(period: PeriodName(year: 2013, quarter: 3), tables: [table], suppressedCount: 1, minCount: 2)
        let revisions = [Revision(file: "wards.csv", row: "Abbey", column: "families", previous: "2", current: "3", revisedOn: "2014-02-03"),
                         Revision(file: "wards.csv", row: "Darley", column: "families_pct", previous: "28.6", current: "[c]", revisedOn: "2014-02-03"),
                         Revision(file: "wards.csv", row: "Gone", column: "families", previous: "4", current: "", revisedOn: "2014-02-03")]
        let marked = RevisionsFile.marked(period, revisions)
        #expect(marked.tables[0].revised == [0: [2], 2: [3]])
        let html = HTMLTable.valueHTML(.count(3), revised: true)
        #expect(html.hasPrefix("3 <abbr class=\"revised\"") && html.hasSuffix("[r]</abbr>"))
    }
}
