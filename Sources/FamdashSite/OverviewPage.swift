import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// `P/index.html` (and the top `index.html` for the current quarter): what a board member reads.
enum OverviewPage {
    static func page(_ period: PublishedPeriod, content: SiteContent, path: String) -> Page {
        let root = PageParts.root(of: path)
        let name = period.period
        let previous = content.previous(period)
        var body = PageParts.heading("\(content.context.settings.name): quarterly overview", period: name)
        // A quarter's own page never changes once published (its permanent address says the
        // same thing next year); only the top index, rebuilt each time, speaks of "current".
        if path == "index.html" {
            body += "<p class=\"lead\">Figures for the current quarter: the programme as at \(HTMLText.escape(name.endDay.longText)). <a href=\"\(root)archive.html\">Earlier quarters</a>.</p>\n"
        } else {
            body += "<p class=\"lead\">The programme as at \(HTMLText.escape(name.endDay.longText)). <a href=\"\(root)index.html\">The current quarter</a> and <a href=\"\(root)archive.html\">every quarter</a>.</p>\n"
        }

        body += "<section aria-labelledby=\"headline\"><h2 id=\"headline\">Headline figures</h2>\n<dl class=\"headline\">\n"
        for (key, label) in PageParts.headlineLabels {
            let value = period.total(key)
            body += "<div><dt>\(label)</dt><dd><span class=\"figure\">\(HTMLTable.valueHTML(value))</span>"
            body += PageParts.change(value, previous.map { $0.total(key) })
            body += Sparkline.svg(content.history(upTo: period).map { $0.total(key) })
            if key == .allocated, let due = TargetsSection.dueNow(period) { body += "<span class=\"change\">\(HTMLText.escape(due))</span>" }
            body += "</dd></div>\n"
        }
        body += "</dl>\n</section>\n"
        body += TargetsSection.html(period, content: content, root: root)

        if let rag = period.table(RAGTable.self) {
            body += "<section aria-labelledby=\"rag-heading\"><h2 id=\"rag-heading\">Progress by measure</h2>\n"
            var table = HTMLTable(caption: "RAG status of qualifying families by measure", columns: [
                .init("Measure", numeric: false), .init("Qualifying families"), .init("Red"), .init("Amber"),
                .init("Green"), .init("Not assessed"), .init("% green"),
            ])
            for row in rag.rows {
                let key = row.text(.measure)
                table.rows.append([.rowHeader(content.context.measureLabel(key), link: root + "\(name)/measures/\(key).html")]
                                  + [.qualifiers, .red, .amber, .green, .notAssessed, .greenPct].map { row.cell($0) })
            }
            table.csv = PageParts.csvLink("rag", root: root, period: name)
            body += table.html
            body += PageParts.figure(content.chart("rag-by-measure", of: name), root: root, period: name)
            body += "</section>\n"
        }
        body += PerformanceSections.finance(period, root: root)
        body += PerformanceSections.earnings(period, settings: content.context.settings, root: root)
        body += "<section aria-labelledby=\"trend-heading\"><h2 id=\"trend-heading\">Over time</h2>\n"
        body += PageParts.figure(content.chart("trend-headline", of: name), root: root, period: name)
        body += "</section>\n"

        body += "<section class=\"more-links\" aria-labelledby=\"more\"><h2 id=\"more\">More on this quarter</h2>\n<ul class=\"more\">\n"
        for section in Page.Section.allCases where section != .overview && section.applies(to: content.context.settings) {
            body += "<li><a href=\"\(root)\(name)/\(section.path)\">\(section.rawValue)</a></li>\n"
        }
        body += "<li><a href=\"\(root)archive.html\">All quarters</a></li>\n</ul>\n</section>\n"
        return Page(path: path, name: "Quarterly overview", period: name, section: .overview,
                    breadcrumbs: [.init(content.context.settings.name, "archive.html"), .init("\(name.monthsLabel)")], body: body)
    }
}
