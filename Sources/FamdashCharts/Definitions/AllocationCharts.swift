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

/// `allocation-status-by-ward`: each ward's families split by allocation status.
enum AllocationStatusByWardChart: ChartDefinition {
    static let name = "allocation-status-by-ward"
    static func charts(_ context: ChartContext) -> [Chart] {
        guard let table = context.period.table(WardAllocationsTable.self), let wards = context.period.table(WardsTable.self) else { return [] }
        let parts = [
            Chart.Stacked.Part(name: "Claimed", letter: "C", color: Palette.primary),
            Chart.Stacked.Part(name: "Allocated, not claimed", letter: "A", color: Color(0x5694CA)),
            Chart.Stacked.Part(name: "Not to be allocated", letter: "N", color: Palette.tertiary),
            Chart.Stacked.Part(name: "Yet to be allocated", letter: "Y", color: Palette.notAssessed),
        ]
        var rows: [(key: RowKey, row: Chart.Stacked.Row)] = []
        for row in table.rows {
            let families = wards[row.key]?[.families] ?? .suppressed
            var unclaimed = PublishedValue.suppressed
            if case .count(let allocated) = row[.allocated], case .count(let claimed) = row[.claimed], allocated >= claimed {
                unclaimed = .count(allocated - claimed)
            }
            let claimed: PublishedValue = unclaimed == .suppressed ? .suppressed : row[.claimed]
            rows.append((row.key, Chart.Stacked.Row(label: row.text(.ward), values: [claimed, unclaimed, row[.notToBeAllocated], row[.yetToBeAllocated]],
                                                    total: families)))
        }
        let ranked = Ranking.ranked(rows, value: \.row.total, name: \.row.label, last: { $0.key.isCatchAll }).map(\.row)
        var subtitle = context.quarter
        if ranked.count > PeriodCharts.maximumRows { subtitle += ": the \(PeriodCharts.maximumRows) largest of \(ranked.count) wards" }
        let allocatedTotal = table.column(.allocated).compactMap(\.count).reduce(0, +)
        let familiesTotal = wards.column(.families).compactMap(\.count).reduce(0, +)
        let summary = "Across the wards shown in the table, at least \(ChartText.grouped(allocatedTotal)) of \(ChartText.grouped(familiesTotal)) families counted by ward are allocated a lead worker."
        return [Chart(name: name, title: "Allocation status of families by ward", subtitle: subtitle, valueLabel: "Families", summary: summary,
                      kind: .stacked(.init(parts: parts, rows: Array(ranked.prefix(PeriodCharts.maximumRows)), percent: false)))]
    }
}
