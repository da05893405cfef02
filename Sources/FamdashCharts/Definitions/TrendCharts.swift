import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// `trend-headline`: families, allocated and claims by quarter.
enum HeadlineTrendChart: ChartDefinition {
    static let name = "trend-headline"
    static func charts(_ context: ChartContext) -> [Chart] {
        let periods = context.history
        let labels = periods.map(\.period.description)
        let keys: [(SummaryTable.Column, String, Color, Bool)] = [
            (.families, "Families in the programme", Palette.primary, false),
            (.allocated, "Allocated a lead worker", Palette.secondary, true),
            (.claims, "Payment-by-results claims", Palette.tertiary, false),
        ]
        let series = keys.map { key, name, color, dashed in
            Chart.Lines.Series(name: name, values: periods.map { $0.total(key) }, color: color, dashed: dashed)
        }
        var summary = "One quarter of figures so far."
        if let first = periods.first, let last = periods.last, periods.count > 1,
           case .count(let from) = first.total(.families), case .count(let to) = last.total(.families) {
            summary = "Families in the programme \(to >= from ? "rose" : "fell") from \(ChartText.grouped(from)) in \(first.period) to \(ChartText.grouped(to)) in \(last.period)."
        }
        return [Chart(name: name, title: "Families identified, allocated and claimed, by quarter",
                      subtitle: "\(labels.first ?? "") to \(labels.last ?? "")", valueLabel: "Families", summary: summary,
                      kind: .lines(.init(labels: labels, series: series, references: targets(context))))]
    }

    /// Each target as a line to compare the allocated series with ("Target: 400 allocated by
    /// 31 March 2014"); from programme.toml, not from the data.
    static func targets(_ context: ChartContext) -> [Chart.Lines.Reference] {
        context.settings.targets.map { .init(label: "Target: \(ChartText.grouped($0.families)) allocated by \($0.by.longText)", value: $0.families) }
    }
}
