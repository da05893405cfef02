import FamdashDisclosure
import FamdashModel

/// Plain-English sentences for the board pack, built only from published figures.
enum Commentary {
    static func sentences(_ period: PublishedPeriod, previous: PublishedPeriod?, settings: Settings) -> [String] {
        var sentences: [String] = []
        func count(_ period: PublishedPeriod?, _ key: String) -> Int? { period?.summaryValue(key)?.count }

        if let families = count(period, "families") {
            var text = "There are \(HTMLText.grouped(families)) families in the programme"
            if let before = count(previous, "families") { text += movement(families - before, noun: "") }
            sentences.append(text + ".")
        }
        if let allocated = count(period, "allocated") {
            var text = "Families allocated a lead worker"
            if let before = count(previous, "allocated") {
                let change = allocated - before
                text += change == 0 ? " stayed at \(HTMLText.grouped(allocated))" : " \(change > 0 ? "rose" : "fell") by \(HTMLText.grouped(abs(change))) to \(HTMLText.grouped(allocated))"
            } else {
                text += " number \(HTMLText.grouped(allocated))"
            }
            if let next = period.table("targets")?.rows.first(where: { Day(parsing: $0[0].csvText).map { period.period.endDay <= $0 } ?? false }),
               case .percent(let tenths) = next[3] {
                text += ", \(tenths / 10).\(tenths % 10)% of the target of \(next[1].csvText) by \(Day(parsing: next[0].csvText)!.longText) (\(next[4].csvText))"
            }
            sentences.append(text + ".")
        }
        if let claims = count(period, "claims") {
            var text = "\(HTMLText.grouped(claims)) payment-by-results claim\(claims == 1 ? " has" : "s have") been made"
            if let before = count(previous, "claims"), claims != before { text += ", \(claims > before ? "up" : "down") \(HTMLText.grouped(abs(claims - before))) on last quarter" }
            if let finance = period.table("finance"), let earned = finance.rows.first(where: { $0[0].csvText == "total" })?[1].count {
                text += "; the programme has earned £\(HTMLText.grouped(earned)) in attachment fees and results payments"
            }
            sentences.append(text + ".")
        }
        if let rag = period.table("rag") {
            let greens = rag.rows.compactMap { row -> (String, Int)? in
                guard case .percent(let tenths) = row[8] else { return nil }
                return (row[0].csvText, tenths)
            }
            if let best = greens.max(by: { $0.1 < $1.1 }) {
                let label = settings.measures.first { $0.key == best.0 }?.label ?? best.0
                sentences.append("\(label) has the largest share of families rated green: \(best.1 / 10).\(best.1 % 10)%.")
            }
        }
        if let movement = period.table("rag-movement"), !movement.rows.isEmpty {
            // Improvements: red to amber or green, amber to green; all cells must be published.
            var improved = 0, worsened = 0, complete = true
            for row in movement.rows {
                let from = RAGIndex.of(row[1].csvText)
                for to in 0..<3 {
                    guard case .count(let value) = row[2 + to] else { complete = false; continue }
                    if to > from { improved += value } else if to < from { worsened += value }
                }
            }
            if complete {
                sentences.append("Across all measures, \(HTMLText.grouped(improved)) family ratings improved since last quarter and \(HTMLText.grouped(worsened)) worsened.")
            } else {
                sentences.append("At least \(HTMLText.grouped(improved)) family ratings improved since last quarter and at least \(HTMLText.grouped(worsened)) worsened (some counts are suppressed).")
            }
        }
        return sentences
    }

    static func movement(_ change: Int, noun: String) -> String {
        change == 0 ? ", the same as last quarter" : ", \(change > 0 ? "up" : "down") \(HTMLText.grouped(abs(change))) on last quarter"
    }

    enum RAGIndex {
        static func of(_ name: String) -> Int { ["red": 0, "amber": 1, "green": 2][name] ?? 0 }
    }
}
