import FamdashModel

/// `finance.csv`: payment by results in whole pounds: attachment fees (funded share of the
/// yearly fees of allocated families), results payments by each claim's kind and year, their
/// total, and the results still possible for allocated families with no claim.
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
    public static let summary = "Attachment fees earned (the funded share of each allocated family's fee for the financial year of its allocation, rounded down), results payments claimed (each claim at its kind's rate for that year), their total, and the largest results payments still possible for allocated families with no claim yet; whole pounds."

    public static let items = ["attachment_fees", "results_payments", "total", "results_payments_possible"]

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        guard let tally = input.finance else { return nil }
        let attachment = tally.attachmentFees, results = tally.resultsPayments
        let amounts = [attachment, results, attachment + results, tally.resultsPossible]
        return zip(items, amounts).map { TableRow(.item($0), [.item: .text($0), .pounds: .number($1)]) }
    }

    /// What a reader can work out from the public rates: every amount is a rate times a count
    /// of families, split by year and kind in quantities the reader does not see.
    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        guard let tally = input.finance else { return }
        let finance = tally.finance
        func cell(_ c: CellRef?) -> Relation.Subject? { c.map(Relation.Subject.cell) }
        func pounds(_ item: String) -> Relation.Subject? { cell(r.cell(Self.self, .item(item), .pounds)) }
        let allocated = r.cell(SummaryTable.self, .total, .allocated)
        let claims = r.cell(SummaryTable.self, .total, .claims)
        let years = finance.years.indices

        let byYear = years.map { r.hidden(trueValue: tally.allocated[$0]) }
        r.add(byYear.map { ($0, 1) } + [(cell(allocated), -1)], .equal, 0)
        // attachment = floor(p/d x fees): d x attachment <= p x fees <= d x attachment + d - 1.
        let (p, d) = (finance.funded.numerator, finance.funded.denominator)
        let fees = years.map { (Optional(byYear[$0]), p * finance.years[$0].attachmentFee) }
        r.add(fees + [(pounds("attachment_fees"), -d)], .atLeast, 0)
        r.add(fees + [(pounds("attachment_fees"), -d)], .atMost, d - 1)

        // Claims by kind and year; a kind's families are its claims.csv row (one kind: every claim).
        let kinds = 0..<finance.kindCount
        let split = kinds.map { kind in years.map { r.hidden(trueValue: tally.claims[kind][$0]) } }
        var results: [(Relation.Subject?, Int)] = []
        for kind in kinds {
            let families = finance.claims.isEmpty ? claims : r.cell(ClaimsTable.self, .claimKind(kind), .families)
            r.add(split[kind].map { ($0, 1) } + [(cell(families), -1)], .equal, 0)
            let terms = years.map { (Optional(split[kind][$0]), finance.years[$0].results[kind]) }
            results += terms
            if !finance.claims.isEmpty {
                r.add(terms + [(cell(r.cell(ClaimsTable.self, .claimKind(kind), .pounds)), -1)], .equal, 0)
            }
        }
        r.add(results + [(pounds("results_payments"), -1)], .equal, 0)
        r.add([(pounds("total"), 1), (pounds("attachment_fees"), -1), (pounds("results_payments"), -1)], .equal, 0)

        // Still possible: allocated families of a year with no claim, at that year's largest rate.
        let unclaimed = years.map { r.hidden(trueValue: tally.unclaimed[$0]) }
        for year in years {
            r.add([(unclaimed[year], 1), (byYear[year], -1)], .atMost, 0)
            // The year's allocated families with a claim are among the year's claims.
            r.add([(byYear[year], 1), (unclaimed[year], -1)] + kinds.map { (split[$0][year], -1) }, .atMost, 0)
        }
        r.add(years.map { (Optional(unclaimed[$0]), finance.years[$0].results.max() ?? 0) } + [(pounds("results_payments_possible"), -1)], .equal, 0)

        r.amount(r.cell(Self.self, .item("attachment_fees"), .pounds), madeFrom: [allocated])
        r.amount(r.cell(Self.self, .item("results_payments"), .pounds), madeFrom: [claims])
        for item in ["total", "results_payments_possible"] {
            r.amount(r.cell(Self.self, .item(item), .pounds), madeFrom: [allocated, claims])
        }
    }
}
