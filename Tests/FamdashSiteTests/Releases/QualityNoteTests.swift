import FamdashModel
import Testing
@testable import FamdashSite

@Suite("data quality notes")
struct QualityNoteTests {
    @Test("warnings are counted by kind, figures, dates and quoted names taken out; errors are not notes")
    func kinds() {
        let warnings: [Diagnostic] = [
            .warning("f.csv", 2, 9, "date 2013-10-02 is after the end of the quarter (2013-09-30); check the extract"),
            .warning("f.csv", 5, 9, "date 02/11/2013 is after the end of the quarter (2013-09-30); check the extract"),
            .warning("f.csv", 1, 12, "unknown column 'notes' is ignored"),
            .warning("f.csv", 1, 13, "unknown column 'Notes 2' is ignored"),
            .warning("f.csv", 7, 10, "allocated_on 2013-01-05 is before identified_on 2013-02-01"),
            .error("f.csv", 8, 1, "duplicate family_id (first used on line 3)"),
        ]
        #expect(QualityNote.notes(warnings) == [
            QualityNote(kind: "date … is after the end of the quarter (…); check the extract", count: 2),
            QualityNote(kind: "unknown column ‘…’ is ignored", count: 2),
            QualityNote(kind: "allocated_on … is before identified_on …", count: 1),
        ])
    }
}
