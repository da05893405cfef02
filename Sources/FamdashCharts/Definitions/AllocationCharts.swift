import FamdashDisclosure
import FamdashFigures

/// `allocations-by-agency`: allocated families by lead agency, ranked.
enum AllocationsByAgencyChart: ChartDefinition {
    static let name = "allocations-by-agency"
    static func charts(_ context: ChartContext) -> [Chart] {
        guard let allocations = context.period.table(AllocationsTable.self) else { return [] }
        let rows = allocations.rows.map { RankedBars.Row(key: $0.key, label: $0.text(.leadAgency), value: $0[.families]) }
        return [RankedBars.chart(name: name, title: "Allocated families by lead agency", quarter: context.quarter, noun: "families",
                                 rows: rows, total: context.period.total(.allocated), color: Palette.primary)]
    }
}

/// `allocation-status-by-ward`: each ward's families split by allocation status, as
/// ward-allocations.csv publishes them (claims are in the table: they are not a status).
enum AllocationStatusByWardChart: ChartDefinition {
    static let name = "allocation-status-by-ward"
    /// Letters of their own: A, G and N mean Amber, Green and Not assessed in the RAG charts.
    static let parts = [
        Chart.Stacked.Part(name: "Lead worker allocated", letter: "L", color: Palette.primary),
        Chart.Stacked.Part(name: "Not to be allocated", letter: "X", color: Palette.tertiary),
        Chart.Stacked.Part(name: "Yet to be allocated", letter: "Y", color: Palette.notAssessed),
    ]

    static func charts(_ context: ChartContext) -> [Chart] {
        guard let table = context.period.table(WardAllocationsTable.self), let wards = context.period.table(WardsTable.self) else { return [] }
        let rows = table.rows.map { row in
            (key: row.key, row: Chart.Stacked.Row(label: row.text(.ward), values: [row[.allocated], row[.notToBeAllocated], row[.yetToBeAllocated]],
                                                  total: wards[row.key]?[.families] ?? .suppressed))
        }
        let ranked = Ranking.ranked(rows, value: \.row.total, name: \.row.label, last: { $0.key.isCatchAll })
        let (kept, left) = Ranking.shown(ranked, limit: PeriodCharts.maximumRows, isCatchAll: { $0.key.isCatchAll })
        let subtitle = context.quarter + RankedBars.limitNote(kept: kept.count, left: left,
                                                               catchAll: kept.last.flatMap { $0.key.isCatchAll ? $0.row.label : nil })
        var summary = "Allocation status of families by ward."
        if case .count(let allocated) = context.period.total(.allocated), case .count(let families) = context.period.total(.families) {
            summary = "\(ChartText.grouped(allocated)) of \(ChartText.grouped(families)) families have a lead worker allocated; the table gives each ward's figures."
        }
        return [Chart(name: name, title: "Allocation status of families by ward", subtitle: subtitle, valueLabel: "Families", summary: summary,
                      kind: .stacked(.init(parts: parts, rows: kept.map(\.row), percent: false)))]
    }
}
