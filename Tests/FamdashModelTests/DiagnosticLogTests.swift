import Testing
@testable import FamdashModel

@Suite("diagnostic reports")
struct DiagnosticLogTests {
    @Test("sorted by file in reading order, then line and column; errors capped with a count of the rest")
    func report() {
        var log = DiagnosticLog()
        log.noteFile("programme.toml")
        log.noteFile("areas.csv")
        for line in stride(from: 120, through: 1, by: -1) { log.add(.error("areas.csv", line, 2, "bad \(line)")) }
        log.add(.warning("areas.csv", 5, 1, "odd"))
        log.add(.error("programme.toml", 3, 1, "first"))
        let lines = log.report(limit: 100)
        #expect(lines.first == "programme.toml:3:1: error: first")
        #expect(lines[1] == "areas.csv:1:2: error: bad 1")
        #expect(lines.contains("areas.csv:5:1: warning: odd"))
        #expect(lines.last == "famdash: error: and 21 more errors not shown (fix the ones above and run again)")
        #expect(lines.count == 100 + 1 + 1)
        #expect(log.errorCount == 121)
    }

    @Test("a diagnostic without a line prints the file alone")
    func wholeFile() {
        #expect(Diagnostic.error("periods", nil, nil, "folder is missing").description == "periods: error: folder is missing")
        #expect(Diagnostic.error("a.csv", 4, nil, "too few").description == "a.csv:4: error: too few")
    }
}
