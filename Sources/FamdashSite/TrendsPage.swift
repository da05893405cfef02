import FamdashCharts
import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Every headline series across all quarters up to this one, with tables.
enum TrendsPage {
    static func page(_ period: PublishedPeriod, content: SiteContent) -> Page {
        let name = period.period
        let path = "\(name)/trends.html"
        let root = PageParts.root(of: path)
        var body = PageParts.heading("Trends", period: name)
        body += PageParts.figure(content.chart("trend-headline", of: name), root: root, period: name)
        var table = HTMLTable(caption: "Headline figures by quarter", columns: [.init("Quarter", numeric: false)]
                              + PageParts.headlineLabels.map { .init($0.label) })
        for earlier in content.history(upTo: period) {
            table.rows.append([.rowHeader("\(earlier.period.monthsLabel)", link: root + "\(earlier.period)/index.html")]
                              + PageParts.headlineLabels.map { .value(earlier.total($0.key)) })
        }
        table.csv = (root + "trends.csv", "trends.csv")
        body += table.html
        body += "<h2>Progress by measure</h2>\n"
        for measure in content.context.settings.measures {
            body += PageParts.figure(content.chart(RAGTrendChart.name(for: measure), of: name), root: root, period: name)
        }
        return Page(path: path, name: "Trends", period: name, section: .trends,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Trends")], body: body)
    }
}

/// `archive.html`: every quarter, newest first, each at its permanent address.
enum ArchivePage {
    static func page(content: SiteContent) -> Page {
        var body = "<h1>All quarters</h1>\n<p class=\"lead\">Each quarter keeps its own address, so links to it do not change when later quarters are published.</p>\n"
        var table = HTMLTable(caption: "Published quarters", columns: [.init("Quarter", numeric: false), .init("Financial year quarter", numeric: false)]
                              + PageParts.headlineLabels.map { .init($0.label) })
        for period in content.periods.reversed() {
            let current = period.period == content.context.current ? " (current)" : ""
            table.rows.append([.rowHeader("\(period.period.monthsLabel)\(current)", link: "\(period.period)/index.html"),
                               .text(period.period.financialLabel)] + PageParts.headlineLabels.map { .value(period.total($0.key)) })
        }
        table.csv = ("trends.csv", "trends.csv")
        body += table.html
        body += ReleaseSections.downloads(content: content)
        return Page(path: "archive.html", name: "All quarters", period: nil, section: nil,
                    breadcrumbs: [.init(content.context.settings.name, "index.html"), .init("All quarters")], body: body)
    }
}
