/// `claims.csv`: per `[[finance.claims]]` kind, families with that claim made by the end of
/// the quarter and the results payments they earned (the money relations are FinanceTable's).
public enum ClaimsTable: TableDefinition {
    public enum Column: String, TableColumn {
        case claimType = "claim_type"
        case families, pounds

        public var kind: ColumnKind<Column> {
            switch self {
            case .claimType: .label
            case .families: .count()
            case .pounds: .amount
            }
        }
    }

    public static let name = "claims"
    public static let summary = "For each kind of claim in programme order: families with that claim made by the end of the quarter, and the results payments they earned in whole pounds."

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        guard let tally = input.finance, !tally.finance.claims.isEmpty else { return nil }
        return tally.finance.claims.enumerated().map { kind, claim in
            TableRow(.claimKind(kind), [.claimType: .text(claim.key), .families: .number(tally.claimFamilies(kind: kind)),
                                        .pounds: .number(tally.claimPounds(kind: kind))])
        }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        r.columnSum(Self.self, .families, equals: r.cell(SummaryTable.self, .total, .claims))
        for key in r.keys(Self.self) {
            r.amount(r.cell(Self.self, key, .pounds), madeFrom: [r.cell(Self.self, key, .families)])
        }
        // Families turned around are the claims of the turned-around kinds.
        guard let finance = input.settings.finance else { return }
        let turned = finance.claims.indices.filter(finance.isTurnedAround).map { r.cell(Self.self, .claimKind($0), .families) }
        r.sum(turned, equals: r.cell(FinanceSummaryTable.self, .total, .turnedAround))
    }
}
