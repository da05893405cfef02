/// `ward-allocations.csv`: allocation status and claims by ward, in wards.csv order.
public enum WardAllocationsTable: TableDefinition {
    public enum Column: String, TableColumn {
        case ward, allocated, claimed
        case notToBeAllocated = "not_to_be_allocated"
        case yetToBeAllocated = "yet_to_be_allocated"

        public var kind: ColumnKind<Column> {
            switch self {
            case .ward: .label
            case .allocated, .claimed, .notToBeAllocated, .yetToBeAllocated: .count()
            }
        }
    }

    public static let name = "ward-allocations"
    public static let summary = "Families by ward: allocated, payment-by-results claims made, not to be allocated and yet to be allocated."

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        input.wards.keys.map { key in
            let tally = input.wards[key]
            return TableRow(key, [
                .ward: .text(input.areas.wardName(key)), .allocated: .number(tally.allocated), .claimed: .number(tally.claimed),
                .notToBeAllocated: .number(tally.notToBeAllocated), .yetToBeAllocated: .number(tally.yetToBeAllocated),
            ])
        }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        for key in r.keys(Self.self) {
            let families = r.cell(WardsTable.self, key, .families)
            r.sum([r.cell(Self.self, key, .allocated), r.cell(Self.self, key, .notToBeAllocated), r.cell(Self.self, key, .yetToBeAllocated)],
                  equals: families)
            // A claim is counted whatever the family's allocation, but it is a family of the ward.
            r.sum([r.cell(Self.self, key, .claimed)], atMost: families)
        }
        r.columnSum(Self.self, .allocated, equals: r.cell(SummaryTable.self, .total, .allocated))
        r.columnSum(Self.self, .claimed, equals: r.cell(SummaryTable.self, .total, .claims))
    }
}
