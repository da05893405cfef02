/// `eligibility.csv`: families eligible for a results claim under the outcome plan, with and
/// without a claim, and this quarter's claims the data do not support.
public enum EligibilityTable: TableDefinition {
    public enum Column: String, TableColumn {
        case status, families

        public var kind: ColumnKind<Column> {
            switch self {
            case .status: .label
            case .families: .count()
            }
        }
    }

    public static let name = "eligibility"
    public static let summary = "Families eligible for a results claim (green on every problem they qualify under with every outcome that applies sustained, or sustained on an outcome that counts alone) with no claim made yet, eligible with a claim, and families whose claim was made this quarter but whom the data do not show eligible."

    public static let statuses = ["eligible_not_claimed", "eligible_claimed", "claimed_not_eligible"]

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        guard let outcomes = input.outcomes else { return nil }
        let counts = [outcomes.eligibleNotClaimed, outcomes.eligibleClaimed, outcomes.claimedNotEligible]
        return zip(statuses, counts).map { TableRow(.item($0), [.status: .text($0), .families: .number($1)]) }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        let cells = statuses.map { r.cell(Self.self, .item($0), .families) }
        // Eligible with a claim and claimed but not eligible are different families with claims.
        r.sum([cells[1], cells[2]], atMost: r.cell(SummaryTable.self, .total, .claims))
        r.sum(cells, atMost: r.cell(SummaryTable.self, .total, .families))
        // Eligible with no claim made are families without a claim: besides every claimed family.
        r.sum([cells[0], r.cell(SummaryTable.self, .total, .claims)], atMost: r.cell(SummaryTable.self, .total, .families))
    }
}
