import FamdashDisclosure
import FamdashFigures
import FamdashModel

enum RAGParts {
    static let all = [
        Chart.Stacked.Part(name: "Red", letter: "R", color: Palette.red),
        Chart.Stacked.Part(name: "Amber", letter: "A", color: Palette.amber),
        Chart.Stacked.Part(name: "Green", letter: "G", color: Palette.green),
        Chart.Stacked.Part(name: "Not assessed", letter: "N", color: Palette.notAssessed),
    ]
    static let statusColumns: [RAGTable.Column] = [.red, .amber, .green, .notAssessed]
}

/// `rag-by-measure`: RAG shares of qualifying families, one bar per measure.
enum RAGByMeasureChart: ChartDefinition {
    static let name = "rag-by-measure"
    static func charts(_ context: ChartContext) -> [Chart] {
        guard let rag = context.period.table(RAGTable.self) else { return [] }
        let labels = Dictionary(context.settings.measures.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        func label(_ row: RowView<RAGTable>) -> String { labels[row.text(.measure)] ?? row.text(.measure) }
        let rows = rag.rows.map { row in
            Chart.Stacked.Row(label: label(row), values: RAGParts.statusColumns.map { row[$0] }, total: row[.qualifiers])
        }
        var summary = "No families qualify under any measure."
        let greens = rag.rows.compactMap { row -> (String, Int, Int)? in
            guard case .count(let total) = row[.qualifiers], total > 0, case .count(let green) = row[.green] else { return nil }
            return (label(row), green, total)
        }
        if let best = greens.max(by: { $0.1 * $1.2 < $1.1 * $0.2 }) {
            summary = "\(best.0) has the largest share of families rated green: \(ChartText.grouped(best.1)) of \(ChartText.grouped(best.2))."
        }
        return [Chart(name: name, title: "Progress of qualifying families (RAG status) by measure", subtitle: context.quarter,
                      valueLabel: "Qualifying families", summary: summary, kind: .stacked(.init(parts: RAGParts.all, rows: rows, percent: true)))]
    }
}

/// `rag-trend-KEY`: one measure's RAG shares over the last 12 quarters.
public enum RAGTrendChart: ChartDefinition {
    public static let name = "rag-trend"
    public static func name(for measure: Measure) -> String { "\(name)-\(measure.key)" }

    public static func charts(_ context: ChartContext) -> [Chart] {
        context.settings.measures.enumerated().map { index, measure in chart(context, measure: measure, index: index) }
    }

    static func chart(_ context: ChartContext, measure: Measure, index: Int) -> Chart {
        let shown = context.history.suffix(12)
        let rows = shown.map { period -> Chart.Stacked.Row in
            guard let row = period.table(RAGTable.self)?[.measure(index)] else {
                return Chart.Stacked.Row(label: period.period.description, values: [], total: .count(0))
            }
            return Chart.Stacked.Row(label: period.period.description, values: RAGParts.statusColumns.map { row[$0] }, total: row[.qualifiers])
        }
        var summary = "RAG status of families qualifying under \(measure.label), quarter by quarter."
        if let last = rows.last, case .count(let total) = last.total, total > 0, case .count(let green) = last.values[2] {
            summary = "In \(last.label), \(ChartText.grouped(green)) of \(ChartText.grouped(total)) families qualifying under \(measure.label) are rated green."
        }
        return Chart(name: name(for: measure), title: "\(measure.label): RAG status by quarter",
                     subtitle: "\(shown.first?.period.description ?? "") to \(shown.last?.period.description ?? "")",
                     valueLabel: "Qualifying families", summary: summary, kind: .stacked(.init(parts: RAGParts.all, rows: rows, percent: true)))
    }
}

/// `rag-movement-KEY`: where last quarter's red, amber and green families are now. A row with
/// a suppressed count has no published total: its published parts are drawn, then a [c] stub.
public enum RAGMovementChart: ChartDefinition {
    public static let name = "rag-movement"
    public static func name(for measure: Measure) -> String { "\(name)-\(measure.key)" }

    public static func charts(_ context: ChartContext) -> [Chart] {
        guard let movement = context.period.table(RAGMovementTable.self), !movement.isEmpty else { return [] }
        return context.settings.measures.enumerated().map { index, measure in
            let rows = RAG.allCases.compactMap { from -> Chart.Stacked.Row? in
                guard let row = movement[.movement(measure: index, from: from)] else { return nil }
                let values = RAG.allCases.map { row[RAGMovementTable.Column.to($0)] }
                let counts = values.compactMap(\.count)
                let total: PublishedValue = counts.count == values.count ? .count(counts.reduce(0, +)) : .suppressed
                return Chart.Stacked.Row(label: "Was \(row.text(.from))", values: values, total: total)
            }
            var summary = "How families assessed on \(measure.label) in both quarters moved between statuses."
            if let red = rows.first, case .count(let total) = red.total, total > 0, case .count(let stayed) = red.values[0] {
                summary = "Of \(ChartText.grouped(total)) families rated red last quarter on \(measure.label), \(ChartText.grouped(total - stayed)) have moved up."
            }
            return Chart(name: name(for: measure), title: "\(measure.label): status now, by status last quarter", subtitle: context.quarter,
                         valueLabel: "Families", summary: summary, kind: .stacked(.init(parts: Array(RAGParts.all.prefix(3)), rows: rows, percent: false)))
        }
    }
}
