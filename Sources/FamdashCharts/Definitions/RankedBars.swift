import FamdashDisclosure
import FamdashFigures

/// Ranked horizontal bars of one published column, largest first, at most
/// `PeriodCharts.maximumRows` of them; catch-all rows (Unidentified, Not recorded) last.
enum RankedBars {
    struct Row {
        var key: RowKey
        var label: String
        var detail: String?
        var value: PublishedValue
    }

    static func chart(name: String, title: String, quarter: String, noun: String, rows: [Row], total: PublishedValue,
                      color: Color) -> Chart {
        let ranked = Ranking.ranked(rows, value: \.value, name: \.label, last: { $0.key.isCatchAll })
        let (kept, left) = Ranking.shown(ranked, limit: PeriodCharts.maximumRows, isCatchAll: { $0.key.isCatchAll })
        let subtitle = quarter + RankedBars.limitNote(kept: kept.count, left: left, catchAll: kept.last.flatMap { $0.key.isCatchAll ? $0.label : nil })
        let shown = kept.map { Chart.Bars.Row(label: $0.label, detail: $0.detail, value: $0.value) }
        var summary = "No \(noun) in this quarter."
        if let top = ranked.first(where: { if case .count(let count) = $0.value, count > 0, !$0.key.isCatchAll { true } else { false } }) {
            let hidden = ranked.contains { $0.value.isSuppressed && !$0.key.isCatchAll }
            summary = RankedBars.leader(top.label, noun: noun, value: "\(ChartText.value(top.value)) of \(ChartText.value(total))", anyWithheld: hidden)
        } else if ranked.contains(where: { $0.value.isSuppressed }) {
            summary = "Every figure is suppressed or zero."
        }
        return Chart(name: name, title: title, subtitle: subtitle, valueLabel: noun.capitalized, summary: summary,
                     kind: .bars(.init(rows: Array(shown), color: color)))
    }
}

extension RankedBars {
    /// "Abbey has the most families, 69 of 431." A withheld figure may be larger (secondary
    /// suppression hides large counts too), so then only the published figures are ranked.
    static func leader(_ label: String, noun: String, value: String, anyWithheld: Bool) -> String {
        anyWithheld ? "Of the published figures, \(label) has the most \(noun), \(value)." : "\(label) has the most \(noun), \(value)."
    }

    /// ": the 30 largest of 31, and Unidentified" when a limit leaves rows out.
    static func limitNote(kept: Int, left: Int, catchAll: String?) -> String {
        guard left > 0 else { return "" }
        let named = kept - (catchAll == nil ? 0 : 1)
        return ": the \(named) largest of \(named + left)" + (catchAll.map { ", and \($0)" } ?? "")
    }
}

extension RowKey {
    /// Rows that gather what was not recorded: listed last wherever rows are ranked.
    public var isCatchAll: Bool {
        switch self {
        case .unidentified, .notRecorded, .unknownAge: true
        default: false
        }
    }
}
