import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// `P/outcomes.html`, "Outcomes and claims": money earned and still possible, claims by kind,
/// and under an outcome plan each outcome's funnel, families eligible but not claimed (money
/// waiting) and claims the data do not support (for the programme's own audit before DCLG's
/// spot checks), with their trends.
enum OutcomesPage {
    static func page(_ period: PublishedPeriod, content: SiteContent) -> Page? {
        let settings = content.context.settings
        guard Page.Section.outcomes.applies(to: settings) else { return nil }
        let name = period.period
        let path = "\(name)/\(Page.Section.outcomes.path)"
        let root = PageParts.root(of: path)
        var body = PageParts.heading("Outcomes and claims", period: name)
        body += PerformanceSections.earnings(period, settings: settings, root: root)
        body += PerformanceSections.finance(period, root: root)
        body += claims(period, settings: settings, root: root)
        if let outcomes = period.table(OutcomesTable.self) {
            body += "<section aria-labelledby=\"plan-heading\"><h2 id=\"plan-heading\">The outcome plan</h2>\n"
            body += "<p>For each outcome: families qualifying under its problem, those to whom it applies (a baseline recorded where the rule needs one), those with the latest value recorded, with significant progress this quarter, and with that progress sustained over the quarters the plan asks.</p>\n"
            var table = HTMLTable(caption: "Outcomes: from qualifying to sustained progress", columns: [
                .init("Outcome", numeric: false), .init("Problem", numeric: false), .init("Qualify"), .init("Applies"),
                .init("Recorded"), .init("Progress"), .init("Sustained"),
            ])
            table.rows = zip(settings.outcomes, outcomes.rows).map { outcome, row in
                [.rowHeader(outcome.label, link: nil), .text(content.context.measureLabel(row.text(.measure)))]
                    + [.families, .applies, .recorded, .progress, .sustained].map { .value(row[$0]) }
            }
            table.csv = PageParts.csvLink("outcomes", root: root, period: name)
            body += table.html
            for outcome in settings.outcomes {
                body += PageParts.figure(content.chart("outcome-funnel-\(outcome.key)", of: name), root: root, period: name)
            }
            body += "</section>\n"
        }
        body += eligibility(period, content: content, root: root)
        return Page(path: path, name: "Outcomes and claims", period: name, section: .outcomes,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Outcomes and claims")], body: body)
    }

    static func claims(_ period: PublishedPeriod, settings: Settings, root: String) -> String {
        guard let claims = period.table(ClaimsTable.self), let finance = settings.finance else { return "" }
        var table = HTMLTable(caption: "Claims made by the end of the quarter, by kind", columns: [
            .init("Kind of claim", numeric: false), .init("Turned around", numeric: false), .init("Families"), .init("Pounds"),
        ])
        table.rows = zip(finance.claims, claims.rows).map { kind, row in
            [.rowHeader(kind.label, link: nil), .text(kind.turnedAround ? "yes" : "no"), .value(row[.families]), .value(row[.pounds])]
        }
        table.csv = PageParts.csvLink("claims", root: root, period: period.period)
        return "<section aria-labelledby=\"claims-heading\"><h2 id=\"claims-heading\">Claims by kind</h2>\n" + table.html + "</section>\n"
    }

    static func eligibility(_ period: PublishedPeriod, content: SiteContent, root: String) -> String {
        guard let eligibility = period.table(EligibilityTable.self) else { return "" }
        let name = period.period
        let rate = PerformanceSections.largestRate(content.context.settings, on: name.endDay)
        var html = "<section aria-labelledby=\"eligibility-heading\"><h2 id=\"eligibility-heading\">Eligible for a claim</h2>\n"
        html += "<p>A family is eligible when it is green on every problem it qualifies under and every outcome that applies to it shows sustained progress, or when it shows sustained progress on an outcome that counts on its own.</p>\n"
        let labels = ["eligible_not_claimed": "Eligible, no claim made yet (money waiting)", "eligible_claimed": "Eligible, claim made",
                      "claimed_not_eligible": "Claim made this quarter that the data do not support"]
        var table = HTMLTable(caption: "Families by eligibility for a results claim", columns: [
            .init("Status", numeric: false), .init("Families"), .init("Up to (pounds)"),
        ])
        table.rows = eligibility.rows.map { row in
            let families = row[.families]
            let pounds: HTMLTable.Cell = row.key == .item("eligible_claimed") ? .text("") : .value(families.count.map { .count($0 * rate) } ?? .suppressed)
            return [.rowHeader(labels[row.text(.status)] ?? row.text(.status), link: nil), .value(families), pounds]
        }
        table.note = "Pounds are an upper bound: the families at the largest results payment of the current financial year. Claims the data do not support are for the programme's own audit before DCLG's spot checks."
        table.csv = PageParts.csvLink("eligibility", root: root, period: name)
        html += table.html
        html += PageParts.figure(content.chart("eligibility-trend", of: name), root: root, period: name)
        var trend = HTMLTable(caption: "Eligible but not claimed, and claims not supported, by quarter", columns: [
            .init("Quarter", numeric: false), .init("Eligible, not claimed"), .init("Claims not supported"),
        ])
        trend.rows = content.history(upTo: period).compactMap { earlier in
            guard let table = earlier.table(EligibilityTable.self) else { return nil }
            return [.rowHeader(earlier.period.description, link: nil), .value(table[.item("eligible_not_claimed")]?[.families] ?? .suppressed),
                    .value(table[.item("claimed_not_eligible")]?[.families] ?? .suppressed)]
        }
        html += trend.html
        return html + "</section>\n"
    }
}
