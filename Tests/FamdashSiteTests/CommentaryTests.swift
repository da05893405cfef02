import FamdashDisclosure
import FamdashFigures
import FamdashModel
import Testing
@testable import FamdashSite

@Suite("board report commentary")
struct CommentaryTests {
    typealias F = PublishedFixture

    @Test("a quiet first quarter: no claims and no green are not news, and nothing says 0.0%")
    func quietQuarter() {
        // 2012-Q3 of the sample: 75 families, 27 allocated, no claims, nobody green yet;
        // £86,400 of attachment fees (27 x 3,200).
        let period = F.period(2012, 3, [
            F.summary(families: 75, people: 324, allocated: 27, claims: 0),
            F.table(RAGTable.self, [F.ragRow(0, "crime", [.count(41), .count(5), .count(0), .count(0), .count(36)], [.percent(122), .percent(0), .percent(0)]),
                                    F.ragRow(1, "school", [.count(35), .suppressed, .suppressed, .count(0), .count(31)], [.suppressed, .suppressed, .percent(0)])]),
            F.table(FinanceTable.self, [(.item("attachment_fees"), [.text("attachment_fees"), .count(86_400)]), (.item("results_payments"), [.text("results_payments"), .count(0)]),
                                        (.item("total"), [.text("total"), .count(86_400)])]),
        ])
        let sentences = Commentary.sentences(period, previous: nil, settings: F.twoMeasures)
        #expect(sentences == [
            "There are 75 families in the programme.",
            "27 of them (36.0%) have a lead worker allocated.",  // 27 / 75 = 36.0%
            "The programme has earned £86,400 in attachment fees and results payments.",
        ])
    }

    @Test("changes on last quarter; the largest green share only when every share is published")
    func changes() {
        let before = F.period(2013, 3, [F.summary(families: 370, people: 1554, allocated: 284, claims: 30)])
        func now(schoolGreen: PublishedValue) -> PublishedPeriod {
            F.period(2013, 4, [
                F.summary(families: 443, people: 1858, allocated: 355, claims: 65),
                F.table(RAGTable.self, [F.ragRow(0, "crime", [.count(228), .count(32), .count(63), .count(61), .count(72)], [.percent(140), .percent(276), .percent(268)]),
                                        F.ragRow(1, "school", [.count(40), .count(10), .count(10), .count(12), .count(8)], [.percent(250), .percent(250), schoolGreen])]),
            ])
        }
        let sentences = Commentary.sentences(now(schoolGreen: .percent(300)), previous: before, settings: F.twoMeasures)
        #expect(sentences == [
            "There are 443 families in the programme, up 73 on last quarter.",
            "355 of them (80.1%) have a lead worker allocated, up 71 on last quarter.",  // 355 / 443 = 80.14%
            "Payment-by-results claims have been made for 65 families, up 35 on last quarter.",
            "School has the largest share of qualifying families rated green: 30.0%.",
        ])
        // School's share withheld: it could be the largest, so nothing is said of the largest.
        let withheld = Commentary.sentences(now(schoolGreen: .suppressed), previous: before, settings: F.twoMeasures)
        #expect(!withheld.contains { $0.contains("largest") })
    }

    @Test("movement counts families per measure; a measure with a [c] is named, not summed")
    func movement() {
        func row(_ measure: Int, _ key: String, _ from: RAG, _ to: [PublishedValue]) -> (RowKey, [PublishedValue]) {
            (.movement(measure: measure, from: from), [.text(key), .text(RAGMovementTable.statusNames[Int(from.rawValue)])] + to)
        }
        let period = F.period(2013, 4, [
            F.summary(families: 443, people: 1858, allocated: 355, claims: 0),
            F.table(RAGMovementTable.self, [
                // Crime: up = 28 + 6 (red to amber, green) + 30 (amber to green) = 64; down = 7 + 0 + 5 = 12.
                row(0, "crime", .red, [.count(9), .count(28), .count(6)]),
                row(0, "crime", .amber, [.count(7), .count(18), .count(30)]),
                row(0, "crime", .green, [.count(0), .count(5), .count(30)]),
                row(1, "school", .red, [.count(9), .suppressed, .count(6)]),
                row(1, "school", .amber, [.suppressed, .count(18), .count(30)]),
                row(1, "school", .green, [.count(0), .count(5), .count(30)]),
            ]),
        ])
        let sentences = Commentary.sentences(period, previous: nil, settings: F.twoMeasures)
        #expect(sentences.last == "Families whose rating moved up (red to amber or green, or amber to green) or down since last quarter: "
                + "Crime 64 up, 12 down; not stated for School, where counts are withheld.")
        #expect(!sentences.contains { $0.contains("claims") }, "no claims: no sentence")
    }
}
