import Testing
@testable import FamdashModel

@Suite("bounded diagnostics and quoted values")
struct BoundedDiagnosticsTests {
    @Test("a file keeps its first 200 errors, counts the rest; the log prints 100 of each kind and the counts")
    func capped() {
        var file = FileDiagnostics(file: "f.csv")
        for line in 2...206 { file.add(.error("f.csv", line, 1, "bad \(line)")) }
        for line in 2...4 { file.add(.warning("f.csv", line, 2, "odd \(line)")) }
        file.add(.error) { Issue.record("a message past the limit must not be built"); return .error("f.csv", 1, 1, "") }
        // 206 errors: 200 kept, 6 counted in one entry; the warnings all kept.
        #expect(file.kept.count == 203)
        #expect(file.all.last == .omitted(6, .error, file: "f.csv"))
        var log = DiagnosticLog()
        log.add(contentsOf: file.all)
        #expect(log.errorCount == 206)
        let lines = log.report(limit: 100)
        #expect(lines.count == 100 + 3 + 1)
        #expect(lines.first == "f.csv:2:1: error: bad 2")
        #expect(lines.contains("f.csv:4:2: warning: odd 4"))
        #expect(lines.last == "famdash: error: and 106 more errors not shown (fix the ones above and run again)")
    }

    @Test("warnings past the limit are counted too")
    func warningsCapped() {
        var log = DiagnosticLog()
        for line in 1...103 { log.add(.warning("a.csv", line, 1, "unknown \(line)")) }
        let lines = log.report(limit: 100)
        #expect(lines.count == 101)
        #expect(lines.last == "famdash: warning: and 3 more warnings not shown")
    }

    @Test("quoted values: invisible characters shown, long ones cut with their length", arguments: [
        ("Abbey\u{A0}", "Abbey<U+00A0>"), ("F\u{200B}1", "F<U+200B>1"), ("\u{FEFF}F1", "<U+FEFF>F1"), ("tab\there", "tab<U+0009>here"),
        ("🏠 Home", "🏠 Home"), ("Café", "Café"), (String(repeating: "x", count: 61), String(repeating: "x", count: 60) + "... (61 characters)"),
    ])
    func quoted(input: String, shown: String) {
        #expect(ShownText.quoted(input) == shown)
    }
}
