import FamdashDisclosure
import FamdashModel

/// Sections on programme performance: targets, payment by results, intervention levels and
/// RAG movement. Each reads one published table and shows nothing when it is absent.
enum PerformanceSections {
    static func targets(_ period: PublishedPeriod, root: String) -> String {
        guard let targets = period.table("targets"), !targets.rows.isEmpty else { return "" }
        var html = "<section aria-labelledby=\"targets-heading\"><h2 id=\"targets-heading\">Progress to target</h2>\n<ul class=\"targets\">\n"
        for row in targets.rows {
            let by = Day(parsing: row[0].csvText)?.longText ?? row[0].csvText
            var width = 0
            if case .percent(let tenths) = row[3] { width = min(1000, tenths) }
            let status = row[4].csvText
            html += "<li><p><strong>\(HTMLTable.valueHTML(row[2]))</strong> families allocated of a target of \(HTMLText.escape(row[1].csvText)) by \(HTMLText.escape(by))"
            html += " (\(HTMLTable.valueHTML(row[3]))\(row[3].isSuppressed ? "" : "%")). Status: "
            html += "<span class=\"status status-\(HTMLText.escape(status.replacingOccurrences(of: " ", with: "-")))\">\(HTMLTable.valueHTML(row[4]))</span></p>\n"
            html += "<div class=\"progress\" aria-hidden=\"true\"><div class=\"progress-bar\" style=\"width: \(width / 10).\(width % 10)%\"></div></div></li>\n"
        }
        html += "</ul>\n<p class=\"table-note\">On track: at least the share of the target expected if progress were even over the year to the target date. "
        html += "<a href=\"\(root)\(period.period)/data/targets.csv\">targets.csv</a></p>\n</section>\n"
        return html
    }

    static func finance(_ period: PublishedPeriod, root: String) -> String {
        guard let finance = period.table("finance") else { return "" }
        let labels = ["attachment_fees": "Attachment fees earned", "results_payments": "Results payments claimed",
                      "total": "Total", "results_payments_possible": "Results payments still possible"]
        var table = HTMLTable(caption: "Payment by results (pounds)", columns: [.init("Item", numeric: false), .init("Pounds")])
        table.rows = finance.rows.map { [.rowHeader(labels[$0[0].csvText] ?? $0[0].csvText, link: nil), .value($0[1])] }
        table.csv = PageParts.csvLink("finance", root: root, period: period.period)
        return "<section aria-labelledby=\"finance-heading\"><h2 id=\"finance-heading\">Payment by results</h2>\n" + table.html + "</section>\n"
    }

    static func levels(_ period: PublishedPeriod, root: String) -> String {
        guard let levels = period.table("levels") else { return "" }
        var table = HTMLTable(caption: "Families by intervention level and allocation status", columns: levels.header.enumerated().map { index, column in
            .init(TableDescriptions.columnHeading(column), numeric: index > 0)
        })
        table.rows = levels.rows.map { row in [.rowHeader(row[0].csvText.capitalized, link: nil)] + row.dropFirst().map { .value($0) } }
        table.csv = PageParts.csvLink("levels", root: root, period: period.period)
        return "<h2>Intervention level</h2>\n" + table.html
    }

    static func movement(_ period: PublishedPeriod, measureKey: String, label: String, root: String, chart: ChartReference?) -> String {
        guard let movement = period.table("rag-movement") else { return "" }
        let rows = movement.rows.filter { $0[0].csvText == measureKey }
        var html = "<h2>Movement since last quarter</h2>\n"
        guard !rows.isEmpty else { return html + "<p>This is the first quarter: there is no earlier status to compare with.</p>\n" }
        html += "<p>Families assessed on this measure in both quarters, by last quarter's status (rows) and this quarter's (columns). Families are matched on their case reference, which is not published.</p>\n"
        var table = HTMLTable(caption: "\(label): from last quarter's status to this quarter's", columns: [
            .init("Last quarter", numeric: false), .init("Red now"), .init("Amber now"), .init("Green now"),
        ])
        table.rows = rows.map { [.rowHeader($0[1].csvText.capitalized, link: nil), .value($0[2]), .value($0[3]), .value($0[4])] }
        table.csv = PageParts.csvLink("rag-movement", root: root, period: period.period)
        return html + PageParts.figure(chart, root: root, period: period.period) + table.html
    }
}
