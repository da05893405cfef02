import FamdashFigures
import FamdashModel
import FamdashTestSupport
import Testing
@testable import FamdashDisclosure

@Suite("tables derived from published figures")
struct DerivedTablesTests {
    @Test("finance: fees and payments from the published totals, in whole pounds")
    func finance() {
        let published = PublishedPeriod(figures: HandWorked.figures, suppression: .none, minCount: 0)
        let table = DerivedTables.finance(published, finance: Finance(attachmentFee: 3200, resultsPayment: 800))
        // 5 allocated x 3,200; 2 claims x 800; (5 - 2) x 800 still possible.
        #expect(table.rows.map { $0.map(\.csvText) } == [
            ["attachment_fees", "16000"], ["results_payments", "1600"], ["total", "17600"], ["results_payments_possible", "2400"],
        ])
    }

    @Test("finance: a suppressed total hides every amount made from it")
    func financeSuppressed() {
        let figures = HandWorked.figures
        let published = PublishedPeriod(figures: figures, suppression: DisclosureControl.suppress(figures, minCount: 3), minCount: 3)
        #expect(published.summaryValue("claims") == .suppressed)
        let table = DerivedTables.finance(published, finance: Finance(attachmentFee: 3200, resultsPayment: 800))
        #expect(table.rows.map { $0[1].csvText } == ["16000", "[c]", "[c]", "[c]"])
    }

    @Test("movement: counts under min_count are suppressed")
    func movementSuppressed() {
        var table = FigureTable(name: "rag-movement", columns: [
            .init("measure", .label), .init("from", .label), .init("to_red", .count), .init("to_amber", .count), .init("to_green", .count),
        ])
        table.append(labels: ["crime", "red"], counts: [9, 2, 0])
        let published = DerivedTables.standalone(table, period: PeriodName(year: 2013, quarter: 3), minCount: 5)
        #expect(published.rows[0].map(\.csvText) == ["crime", "red", "9", "[c]", "0"])
    }
}
