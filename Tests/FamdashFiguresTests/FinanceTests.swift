import FamdashModel
import Testing
@testable import FamdashFigures

/// Barnet's framework (Dec 2012): three kinds of claim, rates by financial year, 5/6 funded.
@Suite("payment by results: claim kinds, yearly rates, funded share")
struct FinanceTests {
    static let finance = Finance(
        claims: [Finance.ClaimKind(key: "outcomes", label: "Outcomes", turnedAround: true),
                 Finance.ClaimKind(key: "progress_to_work", label: "Progress to work", turnedAround: false),
                 Finance.ClaimKind(key: "employment", label: "Employment", turnedAround: true)],
        years: [Finance.Year(from: Day(year: 2012, month: 4, day: 1)!, attachmentFee: 3200, results: [700, 100, 800]),
                Finance.Year(from: Day(year: 2013, month: 4, day: 1)!, attachmentFee: 2400, results: [1400, 200, 1600])],
        funded: Finance.Share(5, 6))

    static func input(_ finance: Finance = finance) -> PeriodInput {
        var areas = Areas()
        areas.add(ward: "Abbey", locality: "North")
        func day(_ y: Int, _ m: Int, _ d: Int) -> Day? { Day(year: y, month: m, day: d) }
        func family(_ id: String, _ allocation: Allocation, on: Day?, claimed: Day? = nil, kind: Int? = nil) -> Family {
            Family(id: id, ward: 0, qualifies: [true], rag: [nil], allocation: allocation, allocatedOn: on, claimedOn: claimed, claimType: kind)
        }
        // 2013-Q2 ends 30 June 2013.
        let families = [
            family("A", .allocated, on: day(2013, 3, 31), claimed: day(2013, 5, 1), kind: 0),   // 2012/13 rates: 700
            family("B", .allocated, on: day(2013, 4, 1), claimed: day(2013, 6, 30), kind: 2),   // 2013/14 rates: 1600
            family("C", .allocated, on: day(2012, 1, 15)),                                       // before the first year: its rates; 800 possible
            family("D", .allocated, on: nil),                                                     // no date: the quarter's end, 2013/14; 1600 possible
            family("E", .notToBeAllocated, on: nil, claimed: day(2013, 6, 1), kind: 1),         // a claim whatever the allocation: 200
            family("F", .allocated, on: day(2013, 5, 10), claimed: day(2013, 7, 2), kind: 1),   // claimed after the quarter: 1600 possible
        ]
        let settings = Settings(name: "Test", measures: [Measure(key: "crime", label: "Crime")], minCount: 0, finance: finance)
        return PeriodInput(settings: settings, areas: areas, period: Period(name: PeriodName(year: 2013, quarter: 2), families: families))
    }

    func rows(_ figures: PeriodFigures, _ name: String) -> [[String]] {
        guard let table = figures.table(name) else { return [] }
        return table.rows.map { row in table.columns.indices.map { table.columns[$0].isNumber ? String(row.numbers[$0]) : row.labels[$0] } }
    }

    @Test("fees 2 x 3200 + 3 x 2400 = 13600, 5/6 of it rounded down = 11333; results 700 + 1600 + 200; possible 800 + 1600 + 1600")
    func financeCSV() {
        let figures = PeriodFigures(Self.input())
        #expect(rows(figures, "finance") == [
            ["attachment_fees", "11333"], ["results_payments", "2500"], ["total", "13833"], ["results_payments_possible", "4000"],
        ])
        #expect(rows(figures, "claims") == [["outcomes", "1", "700"], ["progress_to_work", "1", "200"], ["employment", "1", "1600"]])
        #expect(rows(figures, "summary") == [["6", "0", "5", "3"]])
        #expect(rows(figures, "summary-finance") == [["2"]])  // A and B; progress to work does not turn a family around
        for relation in figures.relations {
            #expect(relation.holds(cell: figures.value, hidden: { figures.hiddenValues[$0] }))
        }
    }

    @Test("flat framework: possible is over allocated families with no claim, not rate x (allocated - claims)")
    func flat() {
        let figures = PeriodFigures(Self.input(Finance(attachmentFee: 3200, resultsPayment: 800)))
        // 5 allocated; claims on A, B (allocated) and E (not allocated): 3 unclaimed allocated (C, D, F).
        #expect(rows(figures, "finance") == [
            ["attachment_fees", "16000"], ["results_payments", "2400"], ["total", "18400"], ["results_payments_possible", "2400"],
        ])
        #expect(figures.table("claims") == nil)
        #expect(rows(figures, "summary-finance") == [["3"]])
    }

    @Test("funded 5/6 rounds the sum down, not each family's fee")
    func funded() {
        // One family at 3200: 2666.67 -> 2666; per family rounding would agree here, so two at 1001: 1668.33 -> 1668 (not 2 x 834).
        let share = Finance.Share(5, 6)
        #expect(share.of(3200) == 2666)
        #expect(share.of(2 * 1001) == 1668)
    }
}
