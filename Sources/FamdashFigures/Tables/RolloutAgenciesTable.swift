/// `rollout-agencies.csv`: allocated families by rollout group and lead agency, every group of
/// rollout.csv by every row of allocations.csv, zeros included (the board paper's matrix).
public enum RolloutAgenciesTable: TableDefinition {
    public enum Column: String, TableColumn {
        case rolloutGroup = "rollout_group"
        case leadAgency = "lead_agency"
        case families

        public var kind: ColumnKind<Column> {
            switch self {
            case .rolloutGroup, .leadAgency: .label
            case .families: .count()
            }
        }
    }

    public static let name = "rollout-agencies"
    public static let summary = "Allocated families by rollout group and lead agency: every group of rollout.csv by every agency of allocations.csv, zeros included."

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        guard let rollout = input.rollout, let agencies = AllocationsTable.rows(input)?.map(\.key) else { return nil }
        let indexOfAgency = Dictionary(input.period.agencies.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return rollout.keys.flatMap { group in
            agencies.map { agency in
                let name: String? = if case .agency(let name) = agency { name } else { nil }
                return TableRow<Column>(.pair(group, agency), [
                    .rolloutGroup: .text(RolloutTallies.label(group)), .leadAgency: .text(name ?? PublishedNames.notRecorded),
                    .families: .number(rollout[group].byAgency[name.flatMap { indexOfAgency[$0] }] ?? 0),
                ])
            }
        }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        let groups = r.keys(RolloutTable.self), agencies = r.keys(AllocationsTable.self)
        for group in groups {
            r.sum(agencies.map { r.cell(Self.self, .pair(group, $0), .families) }, equals: r.cell(RolloutTable.self, group, .allocated))
        }
        for agency in agencies {
            r.sum(groups.map { r.cell(Self.self, .pair($0, agency), .families) }, equals: r.cell(AllocationsTable.self, agency, .families))
        }
    }
}
