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
        var subtitle = quarter
        if ranked.count > PeriodCharts.maximumRows { subtitle += ": the \(PeriodCharts.maximumRows) largest of \(ranked.count)" }
        let shown = ranked.prefix(PeriodCharts.maximumRows).map { Chart.Bars.Row(label: $0.label, detail: $0.detail, value: $0.value) }
        var summary = "No \(noun) in this quarter."
        if let top = ranked.first(where: { if case .count(let count) = $0.value, count > 0, !$0.key.isCatchAll { true } else { false } }) {
            summary = "\(top.label) has the most \(noun), \(ChartText.value(top.value)) of \(ChartText.value(total))."
        } else if ranked.contains(where: { $0.value.isSuppressed }) {
            summary = "Every figure is suppressed or zero."
        }
        return Chart(name: name, title: title, subtitle: subtitle, valueLabel: noun.capitalized, summary: summary,
                     kind: .bars(.init(rows: Array(shown), color: color)))
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
