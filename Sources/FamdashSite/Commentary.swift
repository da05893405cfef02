import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Plain-English sentences for the board pack, built only from published figures.
enum Commentary {
    static func sentences(_ period: PublishedPeriod, previous: PublishedPeriod?, settings: Settings) -> [String] {
        var sentences: [String] = []
        func count(_ period: PublishedPeriod?, _ key: SummaryTable.Column) -> Int? { period?.total(key).count }

        if let families = count(period, .families) {
            var text = "There are \(HTMLText.grouped(families)) families in the programme"
            if let before = count(previous, .families) { text += movement(families - before, noun: "") }
            sentences.append(text + ".")
        }
        if let allocated = count(period, .allocated) {
            var text = "Families allocated a lead worker"
            if let before = count(previous, .allocated) {
                let change = allocated - before
                text += change == 0 ? " stayed at \(HTMLText.grouped(allocated))" : " \(change > 0 ? "rose" : "fell") by \(HTMLText.grouped(abs(change))) to \(HTMLText.grouped(allocated))"
            } else {
                text += " number \(HTMLText.grouped(allocated))"
            }
            if let next = period.table(TargetsTable.self)?.rows.first(where: { Day(parsing: $0.text(.targetBy)).map { period.period.endDay <= $0 } ?? false }),
               case .percent(let tenths) = next[.familiesPct], let by = Day(parsing: next.text(.targetBy)) {
                text += ", \(PercentText.text(tenths: tenths))% of the target of \(next.text(.target)) by \(by.longText) (\(next.text(.status)))"
            }
            sentences.append(text + ".")
        }
        if let claims = count(period, .claims) {
            var text = "\(HTMLText.grouped(claims)) payment-by-results claim\(claims == 1 ? " has" : "s have") been made"
            if let before = count(previous, .claims), claims != before { text += ", \(claims > before ? "up" : "down") \(HTMLText.grouped(abs(claims - before))) on last quarter" }
            if let earned = period.table(FinanceTable.self)?[.item("total")]?[.pounds].count {
                text += "; the programme has earned £\(HTMLText.grouped(earned)) in attachment fees and results payments"
            }
            sentences.append(text + ".")
        }
        if let rag = period.table(RAGTable.self) {
            let greens = rag.rows.compactMap { row -> (String, Int)? in
                guard case .percent(let tenths) = row[.greenPct] else { return nil }
                return (row.text(.measure), tenths)
            }
            if let best = greens.max(by: { $0.1 < $1.1 }) {
                let label = settings.measures.first { $0.key == best.0 }?.label ?? best.0
                sentences.append("\(label) has the largest share of families rated green: \(PercentText.text(tenths: best.1))%.")
            }
        }
        if let movement = period.table(RAGMovementTable.self), !movement.isEmpty {
            // Improvements: red to amber or green, amber to green; all cells must be published.
            var improved = 0, worsened = 0, complete = true
            for row in movement.rows {
                guard case .movement(_, let from) = row.key else { continue }
                for to in RAG.allCases {
                    guard case .count(let value) = row[RAGMovementTable.Column.to(to)] else { complete = false; continue }
                    if to.rawValue > from.rawValue { improved += value } else if to.rawValue < from.rawValue { worsened += value }
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
}
