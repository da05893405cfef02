import FamdashModel
import Testing
@testable import FamdashFigures

@Suite("RAG movement between quarters")
struct RAGMovementTests {
    var areas: Areas {
        var areas = Areas()
        areas.add(ward: "A", locality: "L")
        areas.add(ward: "B", locality: "L")
        return areas
    }

    func period(_ quarter: Int, _ families: [(String, Int?, RAG?)]) -> Period {
        Period(name: PeriodName(year: 2013, quarter: quarter), families: families.map { id, ward, rag in
            Family(id: id, ward: ward, qualifies: [rag != nil], rag: [rag], allocation: .allocated)
        })
    }

    @Test("matched on family id: a ward change is still a match; new, leaving and unassessed families are left out")
    func movement() {
        let measures = [Measure(key: "crime", label: "Crime")]
        let before = period(2, [("X", 0, .red), ("Y", 1, .amber), ("Z", 1, .green), ("W", 0, .red), ("U", 0, .green)])
        // X moved ward and improved; Y stayed amber; Z is no longer assessed; W left; V is new; U worsened.
        let after = period(3, [("X", 1, .amber), ("Y", 1, .amber), ("Z", 1, nil), ("V", 0, .red), ("U", 0, .red)])
        let settings = Settings(name: "Test", measures: measures)
        let input = PeriodInput(settings: settings, areas: areas, period: after, previous: PreviousQuarter(before, measures: 1))
        let rows = RAGMovementTable.rows(input) ?? []
        #expect(RAGMovementTable.header == ["measure", "from", "to_red", "to_amber", "to_green"])
        let cells: [[String]] = rows.map { row in
            let stored = row.stored(columnCount: 5)
            return Array(stored.labels[0...1]) + stored.numbers[2...4].map { String($0) }
        }
        #expect(cells == [
            ["crime", "red", "0", "1", "0"],
            ["crime", "amber", "0", "1", "0"],
            ["crime", "green", "1", "0", "0"],
        ])
    }

    @Test("the first quarter has no movement rows")
    func first() {
        let settings = Settings(name: "Test", measures: [Measure(key: "crime", label: "Crime")])
        let input = PeriodInput(settings: settings, areas: areas, period: period(1, [("X", 0, .red)]))
        #expect(RAGMovementTable.rows(input)?.isEmpty == true)
    }

    @Test("what moved out of a status is bounded by last quarter's count, what moved in by this quarter's")
    func bounds() {
        let measures = [Measure(key: "crime", label: "Crime")]
        let before = period(2, [("X", 0, .red), ("Y", 1, .red), ("Z", 1, .green)])
        let after = period(3, [("X", 0, .amber), ("Y", 1, .amber), ("Z", 1, .amber)])
        let input = PeriodInput(settings: Settings(name: "Test", measures: measures, minCount: 0), areas: areas, period: after,
                                previous: PreviousQuarter(before, measures: 1))
        let figures = PeriodFigures(input)
        let movement = figures.tableIndex("rag-movement")!
        let bounds = figures.relations.filter { relation in
            relation.comparison == .atMost && relation.terms.contains { if case .cell(let c) = $0.subject { c.table == movement } else { false } }
        }
        // Three rows out of red, amber, green (constants 2, 0, 1), three columns into this quarter's counts.
        #expect(bounds.filter { $0.terms.count == 3 }.map(\.constant) == [2, 0, 1])
        #expect(bounds.filter { $0.terms.count == 4 }.count == 3)
        for relation in bounds {
            #expect(relation.holds(cell: figures.value, hidden: { figures.hiddenValues[$0] }))
        }
    }
}
