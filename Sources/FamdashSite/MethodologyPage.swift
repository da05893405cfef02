import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Data and methodology: what a reviewer needs to use and cite the figures.
enum MethodologyPage {
    static func page(_ period: PublishedPeriod, content: SiteContent) -> Page {
        let name = period.period
        let path = "\(name)/data.html"
        let root = PageParts.root(of: path)
        let settings = content.context.settings
        var body = PageParts.heading("Data and methodology", period: name)
        body += ReleaseSections.release(period, content: content, root: root)

        body += "<h2>The published files</h2>\n<p>Every table on this site is published as a CSV file (UTF-8, comma-separated, one header line, no totals rows) at a permanent address for the quarter.</p>\n"
        var files = HTMLTable(caption: "Files published for \(name.monthsLabel)", columns: [.init("File", numeric: false), .init("Content", numeric: false), .init("Rows", numeric: true)])
        for table in period.csvTables {
            files.rows.append([.rowHeader("\(table.name).csv", link: root + "\(name)/data/\(table.name).csv"),
                               .text(TableDescriptions.summary(table.name)), .value(.count(table.rows.count))])
        }
        files.rows.append([.rowHeader("summary.json", link: root + "\(name)/summary.json"),
                           .text("The quarter's totals: families, people, allocated, claims."), .value(.count(1))])
        files.rows.append([.rowHeader("trends.csv", link: root + "trends.csv"),
                           .text("Every headline figure for every quarter published so far, one row each (this page does not change as quarters are added)."), .text("one per quarter")])
        files.rows += ReleaseSections.fileRows(period, content: content, root: root)
        body += files.html
        body += MethodologySections.symbols(period)

        body += "<h2>Definitions</h2>\n<dl class=\"definitions\">\n"
        body += "<dt>Family</dt><dd>A family in the programme cohort at the end of the quarter (\(HTMLText.escape(name.endDay.longText))), as recorded in the case-management system.</dd>\n"
        body += "<dt>People</dt><dd>Members of those families, of any age.</dd>\n"
        body += "<dt>Unidentified</dt><dd>Families whose ward is not recorded.</dd>\n"
        body += "<dt>Allocated</dt><dd>A lead worker has been allocated to the family; the lead agency is the worker's agency.</dd>\n"
        body += "<dt>Claim</dt><dd>A payment-by-results claim has been made for the family.</dd>\n"
        if let finance = settings.finance {
            let kinds = finance.claims.filter(\.turnedAround).map { HTMLText.escape($0.label.lowercased()) }
            body += "<dt>Turned around</dt><dd>A family with a claim made\(finance.claims.isEmpty ? "" : " of a kind that counts: " + kinds.joined(separator: ", ")).</dd>\n"
        }
        if !settings.outcomes.isEmpty {
            body += "<dt>Eligible</dt><dd>Under the outcome plan: green on every problem the family qualifies under with every outcome that applies sustained, or sustained on an outcome that counts on its own.</dd>\n"
        }
        body += "<dt>Qualifying families</dt><dd>Families meeting a measure's criterion.</dd>\n"
        body += "</dl>\n"
        body += MethodologySections.measures(settings)
        body += MethodologySections.rag()

        body += "<h2>Percentages and rounding</h2>\n<p>Percentages are computed exactly from whole numbers and rounded half away from zero to one decimal place (1 in 8 is 12.5%; 1 in 16 is 6.3%). "
        body += "They may not add up to exactly 100. A percentage of a total of zero is shown as 0.0. In the RAG table percentages are of qualifying families; elsewhere they are of the column's total.</p>\n"
        if period.table("ward-rag") != nil { body += ComparisonMethod.html }
        body += "<h2>Disclosure control</h2>\n"
        if settings.minCount > 0 {
            body += "<p>To protect the families in the programme, any count from 1 to \(settings.minCount - 1) is not published, and neither is its percentage (primary suppression). "
            body += "Further counts are withheld where they would allow a withheld count to be worked out from totals and other published figures, across all the files of the quarter (secondary suppression). "
            body += "The cells withheld are chosen to hide as little as possible: zeros first, then the smallest counts. Totals in summary.json are published unless they are below \(settings.minCount).</p>\n"
            body += "<p>We use the Government Statistical Service symbol <strong>[c]</strong>, <em>confidential</em>, for a withheld figure. A [c] may stand for zero. "
            body += "Charts draw a withheld figure as a hatched mark labelled [c], never as a bar of its size, and rank withheld rows after the published ones, in name order.</p>\n"
            body += "<p>In \(HTMLText.escape(name.monthsLabel)), \(period.suppressedCount) count\(period.suppressedCount == 1 ? " is" : "s are") withheld.</p>\n"
        } else {
            body += "<p>Disclosure control is turned off for this programme (min_count = 0): every figure is exact.</p>\n"
        }
        body += MethodologySections.inference(settings)
        body += ReleaseSections.revisions(period, content: content, root: root)
        body += ReleaseSections.quality(period, content: content)

        body += "<h2>Source and contact</h2>\n<p>The quarterly extract of the \(HTMLText.escape(settings.name)) case-management system"
        if !settings.authority.isEmpty { body += " of \(HTMLText.escape(settings.authority))" }
        body += ", taken at the end of each quarter. Family references are used only to link records and are never published.</p>\n"
        if let contact = settings.release.contact {
            body += "<p>Questions about these figures: \(HTMLText.escape(contact)).</p>\n"
        }
        return Page(path: path, name: "Data and methodology", period: name, section: .data,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Data and methodology")], body: body)
    }
}
