import FamdashDisclosure
import FamdashModel

/// A chart as a page shows it: an SVG image with its sentence as alt text, and the PNG for papers.
public struct ChartReference: Sendable {
    public var name: String
    public var title: String
    public var alt: String
    public init(name: String, title: String, alt: String) {
        self.name = name
        self.title = title
        self.alt = alt
    }
}

/// The page of one period: headline totals and every published table with its CSV.
public enum PeriodPage {
    /// Which charts illustrate which table.
    static let chartsOfTable: [String: [String]] = [
        "wards": ["families-by-ward", "people-by-ward"],
        "localities": ["families-by-locality"],
        "rag": ["rag-by-measure"],
        "ages": ["age-bands"],
        "ages-detail": ["age-detail"],
        "allocations": ["allocations-by-agency"],
        "ward-allocations": ["allocation-status-by-ward"],
    ]

    static let suppressedMark = "<abbr title=\"confidential: suppressed so that no family can be identified\">[c]</abbr>"

    /// `root` is the path from the page to the site's top ("../" for `P/index.html`, "" for
    /// the top `index.html`, which shows the current quarter).
    public static func html(_ period: PublishedPeriod, context: SiteContext, root: String, charts: [ChartReference] = []) -> String {
        let settings = context.settings
        let name = period.period
        let folder = root + name.description + "/"
        var body = ""
        body += "<h1><span class=\"caption\">\(HTMLText.escape(name.monthsLabel)) (\(name.financialLabel))</span> \(HTMLText.escape(settings.name)): quarterly figures</h1>\n"
        if name == context.current {
            body += "<p class=\"lead\">This is the current quarter. <a href=\"\(root)archive.html\">All quarters</a></p>\n"
        } else {
            body += "<p class=\"lead\">This is an earlier quarter. <a href=\"\(root)index.html\">Current quarter</a> · <a href=\"\(root)archive.html\">All quarters</a></p>\n"
        }
        body += headline(period)
        body += "<nav aria-label=\"Tables on this page\" class=\"contents\"><h2>Contents</h2><ul>\n"
        for table in period.tables {
            body += "<li><a href=\"#\(table.name)\">\(HTMLText.escape(TableDescriptions.caption(table.name)))</a></li>\n"
        }
        body += "\(charts.isEmpty ? "" : "<li><a href=\"#trends\">Trends up to this quarter</a></li>")<li><a href=\"#about\">About these figures</a></li>\n</ul></nav>\n"
        let chartsByName = Dictionary(charts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for table in period.tables {
            let tableCharts = (chartsOfTable[table.name] ?? []).compactMap { chartsByName[$0] }
            body += section(table, folder: folder, context: context, charts: tableCharts)
        }
        let trendCharts = charts.filter { $0.name.hasPrefix("trend-") || $0.name.hasPrefix("rag-trend-") }
        if !trendCharts.isEmpty {
            body += "<section id=\"trends\" aria-labelledby=\"trends-heading\">\n<h2 id=\"trends-heading\">Trends up to this quarter</h2>\n"
            body += trendCharts.map { figure($0, folder: folder) }.joined()
            body += "</section>\n"
        }
        body += about(period, context: context, folder: folder)
        return Layout.page(title: "Quarterly figures – \(name.monthsLabel) – \(settings.name)",
                           body: body, root: root, context: context, period: name)
    }

    static func headline(_ period: PublishedPeriod) -> String {
        let labels = ["families": "Families in the programme", "people": "People in those families",
                      "allocated": "Families allocated a lead worker", "claims": "Payment-by-results claims"]
        var html = "<section aria-labelledby=\"headline\"><h2 id=\"headline\">Headline figures</h2>\n<dl class=\"headline\">\n"
        for (key, value) in period.summary {
            html += "<div><dt>\(labels[key] ?? key)</dt><dd>\(cellHTML(value))</dd></div>\n"
        }
        html += "</dl></section>\n"
        return html
    }

    static func cellHTML(_ value: PublishedValue) -> String {
        switch value {
        case .text(let text): HTMLText.escape(text)
        case .count(let count): HTMLText.grouped(count)
        case .percent: value.csvText
        case .suppressed: suppressedMark
        }
    }

    static func figure(_ chart: ChartReference, folder: String) -> String {
        var html = "<figure class=\"chart\">\n<img src=\"\(folder)charts/\(chart.name).svg\" alt=\"\(HTMLText.escape(chart.alt))\" width=\"800\" loading=\"lazy\">\n"
        html += "<figcaption>\(HTMLText.escape(chart.title)). <a href=\"\(folder)charts/\(chart.name).png\">PNG for papers</a> · "
        html += "<a href=\"\(folder)charts/\(chart.name).svg\">SVG</a></figcaption>\n</figure>\n"
        return html
    }

    static func section(_ table: PublishedTable, folder: String, context: SiteContext, charts: [ChartReference]) -> String {
        let caption = TableDescriptions.caption(table.name)
        var html = "<section id=\"\(table.name)\" aria-labelledby=\"\(table.name)-heading\">\n"
        html += "<h2 id=\"\(table.name)-heading\">\(HTMLText.escape(caption))</h2>\n"
        html += "<p>\(HTMLText.escape(TableDescriptions.summary(table.name)))</p>\n"
        html += charts.map { figure($0, folder: folder) }.joined()
        html += "<div class=\"table-wrap\"><table>\n<caption>\(HTMLText.escape(caption))</caption>\n<thead><tr>"
        let labelColumns = table.rows.first.map { row in row.indices.filter { if case .text = row[$0] { true } else { false } } }
            ?? [0]
        for (index, column) in table.header.enumerated() {
            let numeric = !labelColumns.contains(index)
            html += "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(HTMLText.escape(TableDescriptions.columnHeading(column)))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (index, value) in row.enumerated() {
                var text = cellHTML(value)
                if table.name == "rag" && index == 0, case .text(let key) = value {
                    text = HTMLText.escape(context.measureLabel(key))
                }
                if index == 0 {
                    html += "<th scope=\"row\">\(text)</th>"
                } else {
                    html += labelColumns.contains(index) ? "<td>\(text)</td>" : "<td class=\"num\">\(text)</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        html += "<p class=\"download\"><a href=\"\(folder)data/\(table.name).csv\" download>Download this table (CSV, \(table.name).csv)</a></p>\n"
        html += "</section>\n"
        return html
    }

    static func about(_ period: PublishedPeriod, context: SiteContext, folder: String) -> String {
        var html = "<section id=\"about\" aria-labelledby=\"about-heading\">\n<h2 id=\"about-heading\">About these figures</h2>\n"
        html += "<p>Figures count the families in the programme cohort at the end of the quarter and the members of those families. "
        html += "Percentages are rounded half away from zero to one decimal place, so they may not add up to exactly 100.</p>\n"
        if period.minCount > 0 {
            html += "<p><strong>[c]</strong> means confidential: a count from 1 to \(period.minCount - 1) is suppressed so that no family can be identified, "
            html += "and further counts are suppressed where they would let a suppressed count be worked out from totals (secondary suppression). "
            html += "A [c] may stand for zero. \(period.suppressedCount) count\(period.suppressedCount == 1 ? " is" : "s are") suppressed in this quarter.</p>\n"
        } else {
            html += "<p>Disclosure control is off for this programme (min_count = 0): every figure is exact.</p>\n"
        }
        html += "<p>Totals: <a href=\"\(folder)summary.json\">summary.json</a>.</p>\n</section>\n"
        return html
    }
}
