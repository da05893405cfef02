import FamdashModel

/// `targets.csv`: per `[[targets]]`, families allocated by its date, % of the target, status.
public enum TargetsTable: TableDefinition {
    public enum Column: String, TableColumn {
        case targetBy = "target_by"
        case target, families
        case familiesPct = "families_pct"
        case status

        public var kind: ColumnKind<Column> {
            switch self {
            case .targetBy, .target: .label
            case .families: .count()
            case .familiesPct: .percent(of: .families, base: .labelNumber(.target))
            case .status: .derivedLabel(of: .families)
            }
        }
    }

    public static let name = "targets"
    public static let summary = "For each target: families allocated on or before its date (by allocated_on; families with no date count from this quarter), the percentage of the target, and its status (on track / at risk before the date, assuming even progress over the year; met / missed after)."

    static func allocated(by day: Day, _ input: PeriodInput) -> Int {
        let quarterEnd = input.period.name.endDay
        return input.period.families.reduce(0) { sum, family in
            guard family.allocation == .allocated else { return sum }
            // Without a date, a family counts as allocated at the end of this quarter.
            return (family.allocatedOn ?? quarterEnd) <= day ? sum + 1 : sum
        }
    }

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        let quarterEnd = input.period.name.endDay
        return input.settings.targets.enumerated().map { index, target in
            let count = allocated(by: target.by, input)
            return TableRow(.target(index), [
                .targetBy: .text(target.by.description), .target: .text(String(target.families)), .families: .number(count),
                .status: .text(TargetStatus.status(allocated: count, target: target, asAt: quarterEnd).rawValue),
            ])
        }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        let allocated = r.cell(SummaryTable.self, .total, .allocated)
        let targets = input.settings.targets
        for index in targets.indices {
            r.sum([r.cell(Self.self, .target(index), .families)], atMost: allocated)
        }
        // Families allocated by a date are among those allocated by any later date.
        let byDate = targets.indices.sorted { (targets[$0].by, $0) < (targets[$1].by, $1) }
        for (earlier, later) in zip(byDate, byDate.dropFirst()) {
            r.sum([r.cell(Self.self, .target(earlier), .families)], atMost: r.cell(Self.self, .target(later), .families))
        }
    }
}
