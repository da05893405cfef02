import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Plain-English sentences for the board report, built only from published figures. A
/// sentence is left out when its figures are withheld or when it would have nothing to say
/// (no claims yet, no family rated green): a board paper does not report zeros as news.
enum Commentary {
    static func sentences(_ period: PublishedPeriod, previous: PublishedPeriod?, settings: Settings) -> [String] {
        var sentences: [String] = []
        func count(_ period: PublishedPeriod?, _ key: SummaryTable.Column) -> Int? { period?.total(key).count }
        let families = count(period, .families)

        if let families {
            var text = "There \(families == 1 ? "is 1 family" : "are \(HTMLText.grouped(families)) families") in the programme"
            if let before = count(previous, .families) { text += movement(families - before) }
            sentences.append(text + ".")
        }
        if let allocated = count(period, .allocated), let families, families > 0 {
            var text = "\(HTMLText.grouped(allocated)) of them (\(PercentText.text(tenths: Percentage.tenths(allocated, of: families)))%) "
            text += "\(allocated == 1 ? "has" : "have") a lead worker allocated"
            if let before = count(previous, .allocated) { text += movement(allocated - before) }
            sentences.append(text + ".")
        }
        if let target = nextTarget(period) { sentences.append(target) }
        if let claims = count(period, .claims), claims > 0 {
            var text = "Payment-by-results claims have been made for \(HTMLText.grouped(claims)) famil\(claims == 1 ? "y" : "ies")"
            if let before = count(previous, .claims) { text += movement(claims - before) }
            sentences.append(text + ".")
        }
        if let earned = period.table(FinanceTable.self)?[.item("total")]?[.pounds].count, earned > 0 {
            sentences.append("The programme has earned £\(HTMLText.grouped(earned)) in attachment fees and results payments.")
        }
        if let green = largestGreenShare(period, settings: settings) { sentences.append(green) }
        sentences += movementSentences(period, settings: settings)
        return sentences
    }

    /// ", up 42 on last quarter" (nothing said of no change but "the same as").
    static func movement(_ change: Int) -> String {
        change == 0 ? ", the same as last quarter" : ", \(change > 0 ? "up" : "down") \(HTMLText.grouped(abs(change))) on last quarter"
    }

    /// The next target still to come (or falling in this quarter), with its published progress.
    static func nextTarget(_ period: PublishedPeriod) -> String? {
        guard let row = period.table(TargetsTable.self)?.rows.first(where: { Day(parsing: $0.text(.targetBy)).map { period.period.endDay <= $0 } ?? false }),
              let by = Day(parsing: row.text(.targetBy)), let target = Int(row.text(.target)),
              case .count(let allocated) = row[.families] else { return nil }
        var text = "The target is \(HTMLText.grouped(target)) families allocated by \(by.longText): \(HTMLText.grouped(allocated)) so far"
        if case .percent(let tenths) = row[.familiesPct] { text += " (\(PercentText.text(tenths: tenths))%)" }
        return text + ", \(row.text(.status))."
    }

    /// Said only when every measure's share of green is published and one is above zero:
    /// a withheld share could be the largest.
    static func largestGreenShare(_ period: PublishedPeriod, settings: Settings) -> String? {
        guard let rag = period.table(RAGTable.self), !rag.rows.isEmpty else { return nil }
        var shares: [(label: String, tenths: Int)] = []
        for row in rag.rows {
            guard case .percent(let tenths) = row[.greenPct], case .count(let qualifiers) = row[.qualifiers] else { return nil }
            if qualifiers > 0 { shares.append((settings.measures.first { $0.key == row.text(.measure) }?.label ?? row.text(.measure), tenths)) }
        }
        guard let best = shares.map(\.tenths).max(), best > 0 else { return nil }
        let leaders = shares.filter { $0.tenths == best }.map(\.label)
        let names = leaders.count == 1 ? leaders[0] : leaders.dropLast().joined(separator: ", ") + " and " + leaders[leaders.count - 1]
        return "\(names) \(leaders.count == 1 ? "has" : "have") the largest share of qualifying families rated green: \(PercentText.text(tenths: best))%."
    }

    /// Per measure, families whose rating went up or down since last quarter, in one sentence.
    /// Each family counts once per measure; a measure with a withheld movement count is named
    /// as not stated rather than summed from the counts that happen to be published.
    static func movementSentences(_ period: PublishedPeriod, settings: Settings) -> [String] {
        guard let movement = period.table(RAGMovementTable.self), !movement.isEmpty else { return [] }
        var stated: [String] = [], withheld: [String] = []
        for (index, measure) in settings.measures.enumerated() {
            var improved = 0, worsened = 0, complete = true
            for from in RAG.allCases {
                guard let row = movement[.movement(measure: index, from: from)] else { continue }
                for to in RAG.allCases where to != from {
                    guard case .count(let value) = row[RAGMovementTable.Column.to(to)] else { complete = false; continue }
                    if to.rawValue > from.rawValue { improved += value } else { worsened += value }
                }
            }
            if !complete { withheld.append(measure.label) } else if improved + worsened > 0 {
                stated.append("\(measure.label) \(HTMLText.grouped(improved)) up, \(HTMLText.grouped(worsened)) down")
            }
        }
        guard !stated.isEmpty else { return [] }
        var text = "Families whose rating moved up (red to amber or green, or amber to green) or down since last quarter: " + stated.joined(separator: "; ")
        if !withheld.isEmpty { text += "; not stated for \(withheld.joined(separator: ", ")), where counts are withheld" }
        return [text + "."]
    }
}
