import FamdashModel
import Testing
@testable import FamdashFigures

@Suite("rollout groups")
struct RolloutTests {
    static let settings = Settings(name: "Test", measures: [Measure(key: "crime", label: "Crime")], minCount: 0)
    static var areas: Areas {
        var areas = Areas()
        areas.add(ward: "Abbey", locality: "North")
        return areas
    }

    /// Six families of 2013-Q3 (ends 30 September); agencies 0 FIP, 1 Police.
    static var period: Period {
        func day(_ m: Int, _ d: Int) -> Day? { Day(year: 2013, month: m, day: d) }
        func family(_ id: String, _ group: Int?, _ allocation: Allocation, agency: Int? = nil, claimed: Day? = nil) -> Family {
            Family(id: id, ward: 0, qualifies: [true], rag: [nil], allocation: allocation, leadAgency: agency, rolloutGroup: group, claimedOn: claimed)
        }
        return Period(name: PeriodName(year: 2013, quarter: 3), families: [
            family("A", 2, .allocated, agency: 0, claimed: day(8, 1)),
            family("B", 1, .allocated),
            family("C", 1, .notToBeAllocated, claimed: day(9, 30)),  // a claim on a family not allocated still counts
            family("D", nil, .yetToBeAllocated),
            family("E", 2, .allocated, agency: 1, claimed: day(10, 5)),  // after the quarter: not yet made
            family("F", 1, .allocated, agency: 0),
        ], agencies: ["FIP", "Police"])
    }

    func rows(_ figures: PeriodFigures, _ name: String) -> [[String]] {
        guard let table = figures.table(name) else { return [] }
        return table.rows.map { row in table.columns.indices.map { table.columns[$0].isNumber ? String(row.numbers[$0]) : row.labels[$0] } }
    }

    @Test("rollout.csv: groups ascending, Not rolled out last; claims by the quarter's end whatever the allocation")
    func rollout() {
        let figures = PeriodFigures(PeriodInput(settings: Self.settings, areas: Self.areas, period: Self.period))
        #expect(rows(figures, "rollout") == [
            ["1", "2", "1", "1", "0"],
            ["2", "2", "1", "0", "0"],
            ["Not rolled out", "0", "0", "0", "1"],
        ])
        #expect(rows(figures, "ward-allocations") == [["Abbey", "4", "2", "1", "1"]])
    }

    @Test("rollout-agencies.csv: every group by every row of allocations.csv, zeros included")
    func cross() {
        let figures = PeriodFigures(PeriodInput(settings: Self.settings, areas: Self.areas, period: Self.period))
        #expect(rows(figures, "allocations").map { $0.prefix(2).map { $0 } } == [["FIP", "2"], ["Police", "1"], ["Not recorded", "1"]])
        #expect(rows(figures, "rollout-agencies") == [
            ["1", "FIP", "1"], ["1", "Police", "0"], ["1", "Not recorded", "1"],
            ["2", "FIP", "1"], ["2", "Police", "1"], ["2", "Not recorded", "0"],
            ["Not rolled out", "FIP", "0"], ["Not rolled out", "Police", "0"], ["Not rolled out", "Not recorded", "0"],
        ])
        // Every relation holds on the true figures.
        for relation in figures.relations {
            #expect(relation.holds(cell: figures.value, hidden: { figures.hiddenValues[$0] }))
        }
    }

    @Test("a quarter with no groups publishes them only when another quarter has some")
    func everywhere() {
        var period = Self.period
        for index in period.families.indices { period.families[index].rolloutGroup = nil }
        #expect(PeriodFigures(PeriodInput(settings: Self.settings, areas: Self.areas, period: period)).table("rollout") == nil)
        let figures = PeriodFigures(PeriodInput(settings: Self.settings, areas: Self.areas, period: period, rolloutEverywhere: true))
        #expect(rows(figures, "rollout") == [["Not rolled out", "4", "2", "1", "1"]])
    }
}
