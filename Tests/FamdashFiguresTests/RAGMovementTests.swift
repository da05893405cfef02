import FamdashModel
import Testing
@testable import FamdashFigures

@Suite("RAG movement between quarters")
struct RAGMovementTests {
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
        let table = RAGMovement.table(previous: RAGSnapshot(before), current: RAGSnapshot(after), measures: measures)
        #expect(table.columns.map(\.name) == ["measure", "from", "to_red", "to_amber", "to_green"])
        #expect(table.rows.map { $0.labels[0...1] + $0.counts[2...4].map(String.init) } == [
            ["crime", "red", "0", "1", "0"],
            ["crime", "amber", "0", "1", "0"],
            ["crime", "green", "1", "0", "0"],
        ])
    }

    @Test("the first quarter has no movement rows")
    func first() {
        let table = RAGMovement.table(previous: nil, current: RAGSnapshot(period(1, [("X", 0, .red)])), measures: [Measure(key: "crime", label: "Crime")])
        #expect(table.rows.isEmpty)
    }
}
