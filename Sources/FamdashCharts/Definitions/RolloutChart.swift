import FamdashDisclosure
import FamdashFigures

/// `rollout-status`: each rollout group's families split by allocation status, in group order
/// (the order of the meetings, never ranked by size).
enum RolloutStatusChart: ChartDefinition {
    static let name = "rollout-status"
    static func charts(_ context: ChartContext) -> [Chart] {
        guard let rollout = context.period.table(RolloutTable.self), !rollout.isEmpty else { return [] }
        let parts = [
            Chart.Stacked.Part(name: "Allocated", letter: "A", color: Palette.primary),
            Chart.Stacked.Part(name: "Not to be allocated", letter: "N", color: Palette.tertiary),
            Chart.Stacked.Part(name: "Yet to be allocated", letter: "Y", color: Palette.notAssessed),
        ]
        let columns: [RolloutTable.Column] = [.allocated, .notToBeAllocated, .yetToBeAllocated]
        let rows = rollout.rows.map { row in
            let values = columns.map { row[$0] }
            let counts = values.compactMap(\.count)
            let total: PublishedValue = counts.count == values.count ? .count(counts.reduce(0, +)) : .suppressed
            let label = row.key == .notRecorded ? row.text(.rolloutGroup) : "Group \(row.text(.rolloutGroup))"
            return Chart.Stacked.Row(label: label, values: values, total: total)
        }
        let allocated = rollout.column(.allocated).compactMap(\.count).reduce(0, +)
        let summary = "\(rows.count) rows of rollout groups; at least \(ChartText.grouped(allocated)) families reviewed at rollout meetings are allocated a lead worker."
        return [Chart(name: name, title: "Allocation status of families by rollout group", subtitle: context.quarter, valueLabel: "Families",
                      summary: summary, kind: .stacked(.init(parts: parts, rows: Array(rows.prefix(PeriodCharts.maximumRows)), percent: false)))]
    }
}
