/// summary.json's `turned_around` (with `[finance]`): families with a claim made by the end of
/// the quarter of a turned-around kind (every claim without `[[finance.claims]]`). A summary
/// total: exact unless under min_count.
public enum FinanceSummaryTable: TableDefinition {
    public enum Column: String, TableColumn {
        case turnedAround = "turned_around"
        public var kind: ColumnKind<Column> { .count(.lastResort) }
    }

    public static let name = "summary-finance"
    public static let summary = "Families turned around: those with a claim of a kind that counts as turned around."
    public static let file = TableFile.summaryJSON

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        guard let tally = input.finance else { return nil }
        return [TableRow(.total, [.turnedAround: .number(tally.turnedAround)])]
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        let turned = r.cell(Self.self, .total, .turnedAround)
        let claims = r.cell(SummaryTable.self, .total, .claims)
        if input.settings.finance?.claims.isEmpty ?? true { r.sum([turned], equals: claims) } else { r.sum([turned], atMost: claims) }
    }
}
