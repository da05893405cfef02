import FamdashModel
import FamdashTestSupport
import Testing
@testable import FamdashFigures

@Suite("figures from a hand-worked period")
struct FigureBuilderTests {
    let figures = HandWorked.figures

    func rows(_ name: String) -> [[String]] {
        guard let table = figures.table(name) else { return [] }
        return table.rows.map { row in
            table.columns.indices.compactMap { column in
                switch table.columns[column].kind {
                case .label, .derivedLabel, .comparison: row.labels[column]
                case .count, .amount: String(row.numbers[column])
                case .percent(let of, let base):
                    switch base {
                    case .columnTotal: Percentage.text(row.numbers[of], of: table.total(ofColumn: of))
                    case .column(let other), .columnBoth(let other): Percentage.text(row.numbers[of], of: row.numbers[other])
                    case .labelNumber(let label): Percentage.text(row.numbers[of], of: Int(row.labels[label]) ?? 0)
                    }
                }
            }
        }
    }

    @Test("tables in DATA.md order with DATA.md headers")
    func headers() {
        #expect(figures.tables.map(\.name) == ["wards", "localities", "rag", "ward-rag", "ages", "ages-detail", "allocations", "ward-allocations",
                                                "levels", "targets", "rag-movement", "summary"])
        #expect(figures.table("wards")?.columns.map(\.name) == ["ward", "locality", "people", "people_pct", "families", "families_pct"])
        #expect(figures.table("rag")?.columns.map(\.name) == ["measure", "qualifiers", "red", "amber", "green", "not_assessed", "red_pct", "amber_pct", "green_pct"])
        #expect(figures.table("ward-allocations")?.columns.map(\.name) == ["ward", "allocated", "claimed", "not_to_be_allocated", "yet_to_be_allocated"])
    }

    @Test("wards: areas order, Unidentified last; people 5/13 = 38.5%, families 1/7 = 14.3%")
    func wards() {
        #expect(rows("wards") == [
            ["Abbey", "North", "5", "38.5", "2", "28.6"],
            ["Sinfin", "South", "5", "38.5", "3", "42.9"],
            ["Darley", "North", "1", "7.7", "1", "14.3"],
            ["Unidentified", "Unidentified", "2", "15.4", "1", "14.3"],
        ])
    }

    @Test("localities: order of first appearance, Unidentified last")
    func localities() {
        #expect(rows("localities") == [
            ["North", "6", "46.2", "3", "42.9"],
            ["South", "5", "38.5", "3", "42.9"],
            ["Unidentified", "2", "15.4", "1", "14.3"],
        ])
    }

    @Test("rag: parts of qualifiers; percentages of qualifiers")
    func rag() {
        #expect(rows("rag") == [
            ["crime", "4", "1", "1", "1", "1", "25.0", "25.0", "25.0"],
            ["school", "5", "1", "1", "2", "1", "20.0", "20.0", "40.0"],
        ])
    }

    @Test("ward-rag: wards.csv order, measures within; green of qualifiers; no qualifiers is [x]")
    func wardRAG() {
        // Authority: crime 1 green of 4, school 2 of 5. Every ward is small, so every interval
        // holds the authority's share: 0 of 2 against 1/4 is (0 - 0.5)^2 = 0.25 <= 3.84 x 2 x 3/16.
        #expect(rows("ward-rag") == [
            ["Abbey", "crime", "2", "1", "1", "0", "0", "0.0", "similar"],
            ["Abbey", "school", "1", "0", "0", "1", "0", "100.0", "similar"],
            ["Sinfin", "crime", "1", "0", "0", "0", "1", "0.0", "similar"],
            ["Sinfin", "school", "3", "1", "1", "0", "1", "0.0", "similar"],
            ["Darley", "crime", "0", "0", "0", "0", "0", "0.0", "[x]"],
            ["Darley", "school", "1", "0", "0", "1", "0", "100.0", "similar"],
            ["Unidentified", "crime", "1", "0", "0", "1", "0", "100.0", "similar"],
            ["Unidentified", "school", "0", "0", "0", "0", "0", "0.0", "[x]"],
        ])
        #expect(figures.table("ward-rag")?.columns.map(\.name) == ["ward", "measure", "qualifiers", "red", "amber", "green", "not_assessed", "green_pct", "comparison"])
    }

    @Test("ages: closed bands, 91+, unknown; detail of the most populous band")
    func ages() {
        #expect(rows("ages") == [
            ["0-10", "5", "38.5"], ["11-20", "4", "30.8"], ["21-30", "1", "7.7"], ["31-40", "1", "7.7"],
            ["41-50", "0", "0.0"], ["51-60", "0", "0.0"], ["61-70", "0", "0.0"], ["71-80", "0", "0.0"],
            ["81-90", "0", "0.0"], ["91+", "1", "7.7"], ["unknown", "1", "7.7"],
        ])
        #expect(rows("ages-detail") == [
            ["0", "0"], ["1", "1"], ["2", "1"], ["3", "1"], ["4", "0"], ["5", "1"],
            ["6", "0"], ["7", "0"], ["8", "0"], ["9", "0"], ["10", "1"],
        ])
    }

    @Test("allocations: code-point order (EWS before FIP), Not recorded last")
    func allocations() {
        #expect(rows("allocations") == [["EWS", "1", "20.0"], ["FIP", "1", "20.0"], ["Police", "2", "40.0"], ["Not recorded", "1", "20.0"]])
    }

    @Test("ward allocations and summary")
    func wardAllocations() {
        #expect(rows("ward-allocations") == [
            ["Abbey", "2", "1", "0", "0"], ["Sinfin", "1", "1", "1", "1"], ["Darley", "1", "0", "0", "0"], ["Unidentified", "1", "0", "0", "0"],
        ])
        #expect(rows("summary") == [["7", "13", "5", "2"]])
    }

    @Test("levels: families by intervention level with allocation status; not recorded last")
    func levels() {
        // F1 high, F2 medium, F6 low (all allocated); F3 (not to be), F4, F5 (yet to be), F7 not recorded.
        #expect(rows("levels") == [
            ["high", "1", "1", "0", "0"], ["medium", "1", "1", "0", "0"], ["low", "1", "1", "0", "0"],
            ["not recorded", "4", "2", "1", "1"],
        ])
    }

    @Test("targets: allocated by each date, percentage of the target, status by the linear rule")
    func targets() {
        var settings = HandWorked.settings
        let day = { (y: Int, m: Int, d: Int) in Day(year: y, month: m, day: d)! }
        settings.targets = [Target(by: day(2013, 9, 30), families: 4), Target(by: day(2014, 3, 31), families: 20),
                            Target(by: day(2013, 8, 31), families: 2)]
        var period = HandWorked.period
        period.families[1].allocatedOn = day(2013, 9, 15)
        let figures = PeriodFigures(PeriodInput(settings: settings, areas: HandWorked.areas, period: period))
        let table = figures.table("targets")!
        func text(_ row: Int) -> [String] {
            [table.rows[row].labels[0], table.rows[row].labels[1], String(table.rows[row].numbers[2]),
             Percentage.text(table.rows[row].numbers[2], of: Int(table.rows[row].labels[1])!), table.rows[row].labels[4]]
        }
        // Five allocated, none dated but F2 (15 September): undated ones count from 30 September.
        #expect(text(0) == ["2013-09-30", "4", "5", "125.0", "met"])
        // 183 of 365 days gone; 5 of 20 is below the 10.03 expected.
        #expect(text(1) == ["2014-03-31", "20", "5", "25.0", "at risk"])
        // By 31 August none was allocated: F2 on 15 September, the rest count from 30 September.
        #expect(text(2) == ["2013-08-31", "2", "0", "0.0", "missed"])
    }

    @Test("every relation holds on the true figures, with finance, targets and a previous quarter")
    func relationsHold() {
        var settings = HandWorked.settings
        settings.finance = Finance(attachmentFee: 3200, resultsPayment: 800)
        settings.targets = [Target(by: Day(year: 2014, month: 3, day: 31)!, families: 10), Target(by: Day(year: 2013, month: 3, day: 31)!, families: 4)]
        var before = HandWorked.period
        before.name = PeriodName(year: 2013, quarter: 2)
        before.families[0].rag[0] = .green
        let input = PeriodInput(settings: settings, areas: HandWorked.areas, period: HandWorked.period,
                                previous: PreviousQuarter(before, measures: 2))
        let figures = PeriodFigures(input)
        #expect(figures.relations.count > 40)
        for relation in figures.relations {
            #expect(relation.holds(cell: figures.value, hidden: { figures.hiddenValues[$0] }), "\(relation)")
        }
    }

    @Test("every published count appears in at least one relation")
    func everyCountRelated() {
        var settings = HandWorked.settings
        settings.finance = Finance(attachmentFee: 3200, resultsPayment: 800)
        settings.targets = [Target(by: Day(year: 2014, month: 3, day: 31)!, families: 10)]
        let input = PeriodInput(settings: settings, areas: HandWorked.areas, period: HandWorked.period,
                                previous: PreviousQuarter(HandWorked.period, measures: 2))
        let figures = PeriodFigures(input)
        var related: Set<CellRef> = []
        for relation in figures.relations {
            for term in relation.terms { if case .cell(let cell) = term.subject { related.insert(cell) } }
        }
        for cell in figures.numberCells {
            #expect(related.contains(cell), "\(figures.tables[cell.table].name) row \(cell.row) column \(figures.tables[cell.table].columns[cell.column].name) is in no relation")
        }
    }

    @Test("finance: fees and payments in whole pounds; still possible counts allocated families with no claim")
    func finance() {
        var settings = HandWorked.settings
        settings.finance = Finance(attachmentFee: 3200, resultsPayment: 800)
        var period = HandWorked.period
        // A claim on a family that is not allocated (F3) counts as a claim but leaves the
        // allocated families' possible payments alone: 5 allocated, of whom 2 claimed.
        period.families[2].claimedOn = Day(year: 2013, month: 8, day: 1)
        let figures = PeriodFigures(PeriodInput(settings: settings, areas: HandWorked.areas, period: period))
        let finance = figures.table("finance")!
        #expect(finance.rows.map { [$0.labels[0], String($0.numbers[1])] } == [
            ["attachment_fees", "16000"], ["results_payments", "2400"], ["total", "18400"], ["results_payments_possible", "2400"],
        ])
    }

    @Test("no Unidentified rows when every family has a ward; ties go to the younger band")
    func noUnidentifiedAndTies() {
        var period = HandWorked.period
        period.families.removeAll { $0.ward == nil }
        var byAge = Array(repeating: 0, count: 121)
        byAge[15] = 2
        byAge[25] = 2
        period.peopleByAge = byAge
        let figures = PeriodFigures(PeriodInput(settings: HandWorked.settings, areas: HandWorked.areas, period: period))
        #expect(figures.table("wards")?.rows.map { $0.labels[0] } == ["Abbey", "Sinfin", "Darley"])
        #expect(figures.table("localities")?.rows.map { $0.labels[0] } == ["North", "South"])
        #expect(figures.table("ages-detail")?.rows.map { $0.labels[0] } == (11...20).map(String.init))
    }

    @Test("an empty period: zero totals give 0.0 and the 0-10 band is detailed")
    func empty() {
        let period = Period(name: PeriodName(year: 2013, quarter: 3), families: [])
        let figures = PeriodFigures(PeriodInput(settings: HandWorked.settings, areas: HandWorked.areas, period: period))
        #expect(figures.table("wards")?.rows.count == 3)
        #expect(figures.table("ages-detail")?.rows.count == 11)
        #expect(figures.table("allocations")?.rows.isEmpty == true)
    }
}

@Suite("percentages")
struct PercentageTests {
    @Test("rounded half away from zero, exactly", arguments: [
        (1, 8, "12.5"), (1, 16, "6.3"), (1, 3, "33.3"), (2, 3, "66.7"), (1, 6, "16.7"), (16, 100, "16.0"),
        (0, 0, "0.0"), (5, 0, "0.0"), (1, 1, "100.0"), (1, 2000, "0.1"), (1, 2001, "0.0"), (3, 16, "18.8"), (1, 80, "1.3"),
    ])
    func rounding(count: Int, total: Int, expected: String) {
        #expect(Percentage.text(count, of: total) == expected)
    }

    @Test("agencies order by code points, not by Swift's string order")
    func codePoints() {
        #expect(CodePointOrder.less("EWS", "Early Help"))
        #expect(CodePointOrder.less("Zeta", "apple"))
        #expect(!CodePointOrder.less("é", "z"))
    }
}
