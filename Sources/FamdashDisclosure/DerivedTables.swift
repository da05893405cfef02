import FamdashFigures
import FamdashModel

/// Tables worked out after disclosure control, from published figures only, so they can show
/// nothing the published figures hide.
public enum DerivedTables {
    /// `finance`: payment by results in whole pounds, from the published allocated and claims
    /// totals (a hidden total hides the amounts made from it).
    public static func finance(_ period: PublishedPeriod, finance: Finance) -> PublishedTable {
        let allocated = period.summaryValue("allocated") ?? .suppressed
        let claims = period.summaryValue("claims") ?? .suppressed
        func times(_ value: PublishedValue, _ pounds: Int) -> PublishedValue {
            if case .count(let count) = value { return .count(count * pounds) }
            return .suppressed
        }
        let attachment = times(allocated, finance.attachmentFee)
        let results = times(claims, finance.resultsPayment)
        var total = PublishedValue.suppressed
        if case .count(let a) = attachment, case .count(let r) = results { total = .count(a + r) }
        var possible = PublishedValue.suppressed
        if case .count(let a) = allocated, case .count(let c) = claims, a >= c { possible = .count((a - c) * finance.resultsPayment) }
        return PublishedTable(name: "finance", header: ["item", "pounds"], rows: [
            [.text("attachment_fees"), attachment],
            [.text("results_payments"), results],
            [.text("total"), total],
            [.text("results_payments_possible"), possible],
        ])
    }

    /// A table with no relations to the others (RAG movement): primary suppression is all it needs.
    public static func standalone(_ table: FigureTable, period: PeriodName, minCount: Int) -> PublishedTable {
        let figures = PeriodFigures(period: period, tables: [table], relations: [], protectedCells: [])
        let suppression = DisclosureControl.suppress(figures, minCount: minCount)
        return PublishedPeriod(figures: figures, suppression: suppression, minCount: minCount).tables[0]
    }
}
