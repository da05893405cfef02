/// `rollout.csv`: families by rollout group and allocation status, with claims made, as the
/// board papers report each round of multi-agency meetings.
public enum RolloutTable: TableDefinition {
    public enum Column: String, TableColumn {
        case rolloutGroup = "rollout_group"
        case allocated, claimed
        case notToBeAllocated = "not_to_be_allocated"
        case yetToBeAllocated = "yet_to_be_allocated"

        public var kind: ColumnKind<Column> {
            switch self {
            case .rolloutGroup: .label
            case .allocated, .claimed, .notToBeAllocated, .yetToBeAllocated: .count()
            }
        }
    }

    public static let name = "rollout"
    public static let summary = "Families by rollout group (group numbers ascending, then Not rolled out): allocated, payment-by-results claims made, not to be allocated and yet to be allocated."

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        guard let rollout = input.rollout else { return nil }
        return rollout.keys.map { key in
            let tally = rollout[key]
            return TableRow(key, [
                .rolloutGroup: .text(RolloutTallies.label(key)), .allocated: .number(tally.allocated), .claimed: .number(tally.claimed),
                .notToBeAllocated: .number(tally.notToBeAllocated), .yetToBeAllocated: .number(tally.yetToBeAllocated),
            ])
        }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        let statuses: [Column] = [.allocated, .notToBeAllocated, .yetToBeAllocated]
        for key in r.keys(Self.self) {
            let parts = statuses.map { r.cell(Self.self, key, $0) }
            // A group is listed only when it has a family; a claim is on one of its families.
            r.atLeastOne(parts)
            r.add(parts.map { ($0.map(Relation.Subject.cell), -1) } + [(r.cell(Self.self, key, .claimed).map(Relation.Subject.cell), 1)], .atMost, 0)
        }
        r.columnSum(Self.self, .allocated, equals: r.cell(SummaryTable.self, .total, .allocated))
        r.columnSum(Self.self, .claimed, equals: r.cell(SummaryTable.self, .total, .claims))
        // Groups and wards split the same families.
        r.sum(r.column(Self.self, .notToBeAllocated), equalsSumOf: r.column(WardAllocationsTable.self, .notToBeAllocated))
        r.sum(r.column(Self.self, .yetToBeAllocated), equalsSumOf: r.column(WardAllocationsTable.self, .yetToBeAllocated))
        r.sum(statuses.flatMap { r.column(Self.self, $0) }, equals: r.cell(SummaryTable.self, .total, .families))
    }
}
