import Testing
@testable import FamdashModel

@Suite("CSV tables: header and row shape")
struct CSVTableTests {
    func read(_ text: String, required: [String] = ["ward", "locality"], optional: [String] = []) -> (CSVTable?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let table = CSVTable.read(Array(text.utf8), file: "areas.csv", required: required, optional: optional, diagnostics: &diagnostics)
        return (table, diagnostics)
    }

    @Test("columns in any order, found by name whatever the case")
    func anyOrder() throws {
        let (table, diagnostics) = read("Locality , WARD\nNorth,Abbey\n")
        #expect(diagnostics.isEmpty)
        let found = try #require(table)
        #expect(found.column("ward") == 1)
        #expect(found.string(found.rows[0], found.column("ward")!) == "Abbey")
    }

    @Test("an unknown column is a warning, not an error")
    func unknownColumn() {
        let (table, diagnostics) = read("ward,locality,notes\nA,B,x\n")
        #expect(table != nil)
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics[0].message.contains("unknown column 'notes'"))
        #expect(diagnostics[0].column == 15)
    }

    @Test("empty and header-only files")
    func emptyFiles() {
        #expect(read("").1.first?.message.contains("file is empty") == true)
        #expect(read("\u{FEFF}\n").1.first?.message.contains("file is empty") == true)
        let headerOnly = read("ward,locality\n").1
        #expect(headerOnly.first?.message.contains("no data rows") == true)
        #expect(headerOnly.first?.line == 1)
    }

    @Test("a duplicate header names both columns")
    func duplicateHeader() {
        let diagnostics = read("ward,locality,ward\nA,B,C\n").1
        #expect(diagnostics.first?.column == 15)
        #expect(diagnostics.first?.message.contains("appears twice") == true)
    }

    @Test("a missing required column")
    func missingColumn() {
        let diagnostics = read("ward,localty\nA,B\n").1.filter { $0.severity == .error }
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].line == 1)
        #expect(diagnostics[0].message.contains("missing required column 'locality'"))
        #expect(diagnostics[0].message.contains("localty"))
    }

    @Test("semicolon-delimited and sep= exports")
    func delimiters() {
        #expect(read("ward;locality\nA;B\n").1.first?.message.contains("looks semicolon-delimited") == true)
        let sep = read("sep=,\nward,locality\nA,B\n").1
        #expect(sep.first?.line == 1)
        #expect(sep.first?.message.contains("delimiter hint") == true)
    }

    @Test("rows with too many or too few fields")
    func fieldCounts() {
        let diagnostics = read("ward,locality\nA,B,C\nD\nE,F\n").1
        #expect(diagnostics.map(\.line) == [2, 3])
        #expect(diagnostics[0].message.contains("too many fields: this row has 3, the header has 2"))
        #expect(diagnostics[1].message.contains("too few fields"))
    }

    @Test("blank and all-comma rows inside the data; trailing blank lines are fine")
    func blankRows() {
        let diagnostics = read("ward,locality\nA,B\n\n,\nC,D\n\n\n").1
        #expect(diagnostics.map(\.line) == [3, 4])
        #expect(diagnostics[0].message.contains("blank line"))
        #expect(diagnostics[1].message.contains("only commas"))
    }
}
