import FamdashDisclosure
import FamdashFigures
import FamdashModel
import FamdashTestSupport
import Testing
@testable import FamdashSite

@Suite("published CSV and JSON")
struct CSVWriterTests {
    @Test("quoting, [c], percentages and LF line ends")
    func writing() {
        let table = PublishedTable(name: "wards", header: ["ward", "people", "people_pct"], keys: [.ward(0), .ward(1), .ward(2)], rows: [
            [.text("St Mary's, North"), .count(12), .percent(125)],
            [.text("Say \"hi\""), .suppressed, .suppressed],
            [.text("Plain"), .count(0), .percent(0)],
        ])
        #expect(CSVWriter.csv(table) == "ward,people,people_pct\n\"St Mary's, North\",12,12.5\n\"Say \"\"hi\"\"\",[c],[c]\nPlain,0,0.0\n")
    }

    @Test("text that a spreadsheet would run as a formula gets a leading apostrophe", arguments: [
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+44", "'+44"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("Abbey", "Abbey"), ("", ""),
        // After leading whitespace, control or invisible characters, a spreadsheet still sees a formula.
        ("\r=cmd|' /C calc'!A0", "'\r=cmd|' /C calc'!A0"), ("\n@SUM(1+1)", "'\n@SUM(1+1)"), ("\r\n=1", "'\r\n=1"),
        (" =1", "' =1"), ("\t+1", "'\t+1"), ("\u{A0}-1", "'\u{A0}-1"), ("\u{200B}=1", "'\u{200B}=1"), ("\u{FEFF}@x", "'\u{FEFF}@x"),
        ("\u{1}\u{1B}=1", "'\u{1}\u{1B}=1"),
        ("a=b", "a=b"), ("\r", "\r"), (" Abbey", " Abbey"), ("\nPolice", "\nPolice"), ("x-1", "x-1"),
    ])
    func formulas(input: String, expected: String) {
        #expect(CSVWriter.neutralised(input) == expected)
    }

    @Test("the hand-worked period's CSVs at min_count 0 match DATA.md byte for byte")
    func handWorkedCSV() {
        let published = PublishedPeriod(figures: HandWorked.figures, suppression: .none, minCount: 0)
        #expect(CSVWriter.csv(published.table("wards")!) == """
        ward,locality,people,people_pct,families,families_pct
        Abbey,North,5,38.5,2,28.6
        Sinfin,South,5,38.5,3,42.9
        Darley,North,1,7.7,1,14.3
        Unidentified,Unidentified,2,15.4,1,14.3

        """)
        #expect(CSVWriter.csv(published.table("rag")!) == """
        measure,qualifiers,red,amber,green,not_assessed,red_pct,amber_pct,green_pct
        crime,4,1,1,1,1,25.0,25.0,25.0
        school,5,1,1,2,1,20.0,20.0,40.0

        """)
        #expect(SummaryJSON.json(published) == """
        {
          "period": "2013-Q3",
          "families": 7,
          "people": 13,
          "allocated": 5,
          "claims": 2,
          "min_count": 0
        }

        """)
    }

    @Test("a summary total under min_count is [c] in summary.json")
    func suppressedSummary() {
        let figures = HandWorked.figures
        let summary = figures.tableIndex("summary")!
        let claims = CellRef(table: summary, row: 0, column: SummaryTable.Column.claims.index)
        let hidden = PublishedPeriod(figures: figures, suppression: Suppression(cells: [claims], primary: [claims]), minCount: 5)
        #expect(SummaryJSON.json(hidden).contains("\"claims\": \"[c]\""))
        #expect(SummaryJSON.json(hidden).contains("\"families\": 7"))
    }
}

@Suite("HTML text")
struct HTMLTextTests {
    @Test func escaping() {
        #expect(HTMLText.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(HTMLText.escape("\"'&<>") == "&quot;&#39;&amp;&lt;&gt;")
        #expect(HTMLText.escape("Esc\u{1B}ape\u{1}\u{7F}") == "Esc\u{FFFD}ape\u{FFFD}\u{FFFD}")
        #expect(HTMLText.escape("a\u{1}<b") == MarkupText.escape("a\u{1}<b"))
    }

    @Test func grouping() {
        #expect(HTMLText.grouped(0) == "0")
        #expect(HTMLText.grouped(999) == "999")
        #expect(HTMLText.grouped(1000) == "1,000")
        #expect(HTMLText.grouped(400_000) == "400,000")
        #expect(HTMLText.grouped(1_234_567) == "1,234,567")
    }
}
