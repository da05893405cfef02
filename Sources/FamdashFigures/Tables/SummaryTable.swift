/// `summary.json`: the period's totals, exact unless under min_count.
public enum SummaryTable: TableDefinition {
    public enum Column: String, TableColumn {
        case families, people, allocated, claims

        public var kind: ColumnKind<Column> { .count(.never) }
    }

    public static let name = "summary"
    public static let summary = "The quarter's totals: families, people, allocated, claims."
    public static let file = TableFile.summaryJSON

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        let totals = input.wards.total
        return [TableRow(.total, [.families: .number(totals.families), .people: .number(totals.people),
                                  .allocated: .number(totals.allocated), .claims: .number(totals.claimed)])]
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {}
}
