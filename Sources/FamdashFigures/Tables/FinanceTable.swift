import FamdashModel

/// `finance.csv`: payment by results in whole pounds, worked out from the published totals.
public enum FinanceTable: TableDefinition {
    public enum Column: String, TableColumn {
        case item, pounds

        public var kind: ColumnKind<Column> {
            switch self {
            case .item: .label
            case .pounds: .amount
            }
        }
    }

    public static let name = "finance"
    public static let summary = "Attachment fees earned (families allocated x fee), results payments claimed (claims x payment), their total, and results payments still possible for allocated families not yet claimed; whole pounds."

    public static let items = ["attachment_fees", "results_payments", "total", "results_payments_possible"]

    /// Allocated families with no claim made yet: those a results payment may still come for.
    static func allocatedUnclaimed(_ input: PeriodInput) -> Int {
        input.period.families.reduce(0) { $0 + ($1.allocation == .allocated && !$1.hasClaim(by: input.period.name.endDay) ? 1 : 0) }
    }

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        guard let finance = input.settings.finance else { return nil }
        let totals = input.wards.total
        let attachment = totals.allocated * finance.attachmentFee
        let results = totals.claimed * finance.resultsPayment
        let amounts = [attachment, results, attachment + results, allocatedUnclaimed(input) * finance.resultsPayment]
        return zip(items, amounts).map { TableRow(.item($0), [.item: .text($0), .pounds: .number($1)]) }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        guard let finance = input.settings.finance else { return }
        func pounds(_ item: String) -> Relation.Subject? { r.cell(Self.self, .item(item), .pounds).map(Relation.Subject.cell) }
        let allocated = r.cell(SummaryTable.self, .total, .allocated)
        let claims = r.cell(SummaryTable.self, .total, .claims)
        let allocatedSubject = allocated.map(Relation.Subject.cell), claimsSubject = claims.map(Relation.Subject.cell)
        // Every amount is a published rate times a count: the amount reveals the count.
        r.add([(pounds("attachment_fees"), 1), (allocatedSubject, -finance.attachmentFee)], .equal, 0)
        r.add([(pounds("results_payments"), 1), (claimsSubject, -finance.resultsPayment)], .equal, 0)
        r.add([(pounds("total"), 1), (pounds("attachment_fees"), -1), (pounds("results_payments"), -1)], .equal, 0)
        let unclaimed = r.hidden(trueValue: allocatedUnclaimed(input))
        r.add([(pounds("results_payments_possible"), 1), (unclaimed, -finance.resultsPayment)], .equal, 0)
        r.add([(unclaimed, 1), (allocatedSubject, -1)], .atMost, 0)
        // Allocated families that have a claim are among the claims.
        r.add([(allocatedSubject, 1), (unclaimed, -1), (claimsSubject, -1)], .atMost, 0)
        for item in ["attachment_fees"] { r.amount(r.cell(Self.self, .item(item), .pounds), madeFrom: [allocated]) }
        r.amount(r.cell(Self.self, .item("results_payments"), .pounds), madeFrom: [claims])
        for item in ["total", "results_payments_possible"] {
            r.amount(r.cell(Self.self, .item(item), .pounds), madeFrom: [allocated, claims])
        }
    }
}
