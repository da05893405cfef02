import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// `ward-comparison-KEY`: every ward's share of green on one measure against the authority's,
/// ranked by the published share (suppressed wards after, in name order; Unidentified last).
public enum WardComparisonChart: ChartDefinition {
    public static let name = "ward-comparison"
    /// Wards drawn at most; the compare table lists them all.
    public static let maximumRows = 60
    public static func name(for measure: Measure) -> String { "\(name)-\(measure.key)" }

    public static func charts(_ context: ChartContext) -> [Chart] {
        guard let wardRAG = context.period.table(WardRAGTable.self), let wards = context.period.table(WardsTable.self) else { return [] }
        let authority = context.settings.authority.isEmpty ? "the authority" : context.settings.authority
        return context.settings.measures.enumerated().map { index, measure in
            let rows = wards.rows.compactMap { ward in wardRAG[.pair(ward.key, .measure(index))].map { (ward.key, $0) } }
            let benchmark = context.period.table(RAGTable.self)?[.measure(index)]?[.greenPct]
            return chart(name: name(for: measure), title: "\(measure.label): families rated green by ward",
                         quarter: context.quarter, rows: rows, benchmark: benchmark, benchmarkName: authority, maximumRows: maximumRows)
        }
    }

    /// A compare chart of ward-rag rows (also drawn on locality pages for their wards).
    public static func chart(name: String, title: String, quarter: String, rows: [(RowKey, RowView<WardRAGTable>)],
                             benchmark: PublishedValue?, benchmarkName: String, maximumRows: Int) -> Chart {
        let ranked = Ranking.ranked(rows, value: { $0.1[.greenPct] }, name: { $0.1.text(.ward) }, last: { $0.0.isCatchAll })
        var subtitle = quarter
        if ranked.count > maximumRows { subtitle += ": the \(maximumRows) highest of \(ranked.count) wards" }
        let shown = ranked.prefix(maximumRows).map { _, row in
            Chart.Compare.Row(label: row.text(.ward), value: row[.greenPct], interval: interval(row), comparison: row.text(.comparison))
        }
        let counts = rows.map { $0.1.text(.comparison) }
        let better = counts.filter { $0 == "better" }.count, worse = counts.filter { $0 == "worse" }.count
        let summary = "Of \(rows.count) wards, \(better) have a share of qualifying families rated green above \(benchmarkName)'s and \(worse) below it (95% intervals); the rest are similar or not compared."
        return Chart(name: name, title: title, subtitle: subtitle, valueLabel: "qualifying families rated green", summary: summary,
                     kind: .compare(.init(rows: Array(shown), benchmark: benchmark, benchmarkName: benchmarkName)))
    }

    /// The interval, from published counts only.
    static func interval(_ row: RowView<WardRAGTable>) -> (low: Double, high: Double)? {
        guard case .count(let green) = row[.green], case .count(let qualifiers) = row[.qualifiers] else { return nil }
        return WilsonComparison.interval(part: green, of: qualifiers)
    }
}
