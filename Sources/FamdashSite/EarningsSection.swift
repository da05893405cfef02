import FamdashDisclosure
import FamdashFigures
import FamdashModel

extension PerformanceSections {
    /// Money in words for the overview and board report: earned so far, still possible,
    /// families turned around by kind, and the money at risk (claims the data do not support).
    static func earnings(_ period: PublishedPeriod, settings: Settings, root: String) -> String {
        guard let finance = period.table(FinanceTable.self), let framework = settings.finance else { return "" }
        func pounds(_ item: String) -> String {
            guard let value = finance[.item(item)]?[.pounds] else { return HTMLTable.suppressed }
            return value.count.map { "£" + HTMLText.grouped($0) } ?? HTMLTable.suppressed
        }
        var html = "<section aria-labelledby=\"earnings-heading\"><h2 id=\"earnings-heading\">Earned so far</h2>\n<ul class=\"commentary\">\n"
        html += "<li>Earned so far: \(pounds("total")), of which \(pounds("attachment_fees")) in attachment fees and \(pounds("results_payments")) in results payments.</li>\n"
        html += "<li>Still possible: up to \(pounds("results_payments_possible")) in results payments for allocated families with no claim yet.</li>\n"
        let turned = period.table(FinanceSummaryTable.self)?[.total]?[.turnedAround] ?? .suppressed
        var sentence = "Families turned around: \(HTMLTable.valueHTML(turned))"
        if let claims = period.table(ClaimsTable.self) {
            let parts = zip(framework.claims, claims.rows).map { kind, row in
                "\(HTMLText.escape(kind.label.lowercased())) \(HTMLTable.valueHTML(row[.families]))\(kind.turnedAround ? "" : " (not counted as turned around)")"
            }
            sentence += " (claims by kind: " + parts.joined(separator: "; ") + ")"
        }
        html += "<li>\(sentence).</li>\n"
        if let unsupported = period.table(EligibilityTable.self)?[.item("claimed_not_eligible")]?[.families] {
            let rate = largestRate(settings, on: period.period.endDay)
            let atRisk = unsupported.count.map { "£" + HTMLText.grouped($0 * rate) } ?? HTMLTable.suppressed
            html += "<li>Money at risk: \(HTMLTable.valueHTML(unsupported)) claims made this quarter are not supported by the outcome data, up to \(atRisk) that DCLG's spot checks could take back.</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    /// The largest results payment of the financial year a day falls in (public rates).
    static func largestRate(_ settings: Settings, on day: Day) -> Int {
        guard let finance = settings.finance else { return 0 }
        return finance.years[finance.year(of: day)].results.max() ?? 0
    }
}
