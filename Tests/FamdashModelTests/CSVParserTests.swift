import Testing
@testable import FamdashModel

@Suite("CSV reading")
struct CSVParserTests {
    func parse(_ text: String) -> (CSVDocument, [Diagnostic]) {
        CSVParser.parse(Array(text.utf8), file: "t.csv")
    }

    func rows(_ text: String) -> [[String]] {
        let (document, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return document.records.map { record in (0..<record.fieldCount).map { document.string(record, $0) } }
    }

    @Test("plain rows, LF and CRLF, with and without a final line end")
    func plain() {
        #expect(rows("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
        #expect(rows("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(rows("a,b\r\n1,2") == [["a", "b"], ["1", "2"]])
    }

    @Test("a UTF-8 byte-order mark is skipped")
    func bom() {
        let (document, _) = CSVParser.parse([0xEF, 0xBB, 0xBF] + Array("ward,locality\nA,B\n".utf8), file: "t.csv")
        #expect(document.string(document.records[0], 0) == "ward")
        // Columns after a BOM are counted from the first visible character.
        #expect(document.position(of: document.records[0], field: 1) == (1, 6))
    }

    @Test("quoted commas, doubled quotes and newlines inside quotes")
    func quoting() {
        #expect(rows("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n") == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"]])
        let (document, _) = parse("a,b\n\"two\nlines\",z\nc,d\n")
        #expect(document.records[2].line == 4)
    }

    @Test("empty fields and a trailing comma")
    func empties() {
        #expect(rows("a,b,c\n,,\n1,,3\n") == [["a", "b", "c"], ["", "", ""], ["1", "", "3"]])
    }

    @Test("an unclosed quote is reported where it opened")
    func unclosedQuote() {
        let (_, diagnostics) = parse("a,b\n1,2\n3,\"open\n4,5\n6,7\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].line == 3)
        #expect(diagnostics[0].column == 3)
        #expect(diagnostics[0].message.contains("never closed"))
    }

    @Test("a bare quote in an unquoted field")
    func bareQuote() {
        let (_, diagnostics) = parse("a,b\n1,ab\"c\n")
        #expect(diagnostics.map(\.line) == [2])
        #expect(diagnostics[0].column == 5)
        #expect(diagnostics[0].message.contains("quote inside an unquoted field"))
    }

    @Test("backslash-escaped quotes are explained")
    func backslashQuote() {
        let (_, diagnostics) = parse("a,b\n1,\"say \\\"hi\\\"\"\n")
        #expect(diagnostics.first?.line == 2)
        #expect(diagnostics.first?.message.contains("backslash") == true)
    }

    @Test("CR-only line ends are refused once")
    func crOnly() {
        let (_, diagnostics) = parse("a,b\r1,2\r3,4\r")
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].line == 1)
        #expect(diagnostics[0].message.contains("carriage return only"))
    }

    @Test("NUL bytes, UTF-16 and Windows-1252 name their line")
    func encodings() {
        let nul = CSVParser.parse(Array("a,b\n1,2\n3,\u{0}4\n".utf8), file: "t.csv").diagnostics
        #expect(nul.first?.line == 3)
        #expect(nul.first?.column == 3)
        #expect(nul.first?.message.contains("NUL") == true)

        let utf16 = CSVParser.parse([0xFF, 0xFE, 0x61, 0x00], file: "t.csv").diagnostics
        #expect(utf16.first?.message.contains("UTF-16") == true)

        var latin1 = Array("ward,locality\nA,B\n".utf8)
        latin1 += [0x43, 0x61, 0x66, 0xE9, 0x2C, 0x58, 0x0A]  // "Café,X" in Windows-1252
        let bad = CSVParser.parse(latin1, file: "t.csv").diagnostics
        #expect(bad.count == 1)
        #expect(bad[0].line == 3)
        #expect(bad[0].column == 4)
        #expect(bad[0].message.contains("not valid UTF-8"))
        #expect(bad[0].message.contains("Windows-1252"))
    }

    @Test("non-ASCII text is kept and columns count characters")
    func unicode() {
        let (document, diagnostics) = parse("ward,x\nSaint-Étienne,\"ab\"c\n")
        #expect(diagnostics.first?.column == 19)
        #expect(document.string(document.records[1], 0) == "Saint-Étienne")
    }

    @Test("a field of several megabytes")
    func hugeField() {
        let big = String(repeating: "x", count: 3_000_000)
        #expect(rows("a,b\n\"\(big)\",1\n")[1][0].count == 3_000_000)
    }
}
