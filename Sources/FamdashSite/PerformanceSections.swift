import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Sections on programme performance: targets, payment by results, intervention levels and
/// RAG movement. Each reads one published table and shows nothing when it is absent.
enum PerformanceSections {
    static func targets(_ period: PublishedPeriod, root: String) -> String {
        guard let targets = period.table(TargetsTable.self), !targets.isEmpty else { return "" }
        var html = "<section aria-labelledby=\"targets-heading\"><h2 id=\"targets-heading\">Progress to target</h2>\n<ul class=\"targets\">\n"
        for row in targets.rows {
            let by = Day(parsing: row.text(.targetBy))?.longText ?? row.text(.targetBy)
            var width = 0
            if case .percent(let tenths) = row[.familiesPct] { width = min(1000, tenths) }
            let status = row.text(.status)
            html += "<li><p><strong>\(row.html(.families))</strong> families allocated of a target of \(HTMLText.escape(row.text(.target))) by \(HTMLText.escape(by))"
            html += " (\(row.html(.familiesPct))\(row[.familiesPct].isSuppressed ? "" : "%")). Status: "
            html += "<span class=\"status status-\(HTMLText.escape(status.replacingOccurrences(of: " ", with: "-")))\">\(row.html(.status))</span></p>\n"
            html += "<div class=\"progress\" aria-hidden=\"true\"><div class=\"progress-bar\" style=\"width: \(width / 10).\(width % 10)%\"></div></div></li>\n"
        }
        html += "</ul>\n<p class=\"table-note\">On track: at least the share of the target expected if progress were even over the year to the target date. "
        html += "<a href=\"\(root)\(period.period)/data/targets.csv\">targets.csv</a></p>\n</section>\n"
        return html
    }

    static func finance(_ period: PublishedPeriod, root: String) -> String {
        guard let finance = period.table(FinanceTable.self) else { return "" }
        let labels = ["attachment_fees": "Attachment fees earned", "results_payments": "Results payments claimed",
                      "total": "Total", "results_payments_possible": "Results payments still possible"]
        var table = HTMLTable(caption: "Payment by results (pounds)", columns: [.init("Item", numeric: false), .init("Pounds")])
        table.rows = finance.rows.map { [.rowHeader(labels[$0.text(.item)] ?? $0.text(.item), link: nil), $0.cell(.pounds)] }
        table.csv = PageParts.csvLink("finance", root: root, period: period.period)
        return "<section aria-labelledby=\"finance-heading\"><h2 id=\"finance-heading\">Payment by results</h2>\n" + table.html + "</section>\n"
    }

    static func levels(_ period: PublishedPeriod, root: String) -> String {
        guard let levels = period.table(LevelsTable.self) else { return "" }
        var table = HTMLTable(caption: "Families by intervention level and allocation status", columns: LevelsTable.Column.allCases.map { column in
            .init(TableDescriptions.columnHeading(column.name), numeric: column != .level)
        })
        table.rows = levels.rows.map { row in [.rowHeader(row.text(.level).capitalized, link: nil)] + row.values.indices.dropFirst().map { row.cell(at: $0) } }
        table.csv = PageParts.csvLink("levels", root: root, period: period.period)
        return "<h2>Intervention level</h2>\n" + table.html
    }

    static func movement(_ period: PublishedPeriod, measure: RowKey, label: String, root: String, chart: ChartReference?) -> String {
        guard let movement = period.table(RAGMovementTable.self) else { return "" }
        guard case .measure(let index) = measure else { return "" }
        let rows = RAG.allCases.compactMap { movement[.movement(measure: index, from: $0)] }
        var html = "<h2>Movement since last quarter</h2>\n"
        guard !rows.isEmpty else { return html + "<p>This is the first quarter: there is no earlier status to compare with.</p>\n" }
        html += "<p>Families assessed on this measure in both quarters, by last quarter's status (rows) and this quarter's (columns). Families are matched on their case reference, which is not published.</p>\n"
        var table = HTMLTable(caption: "\(label): from last quarter's status to this quarter's", columns: [
            .init("Last quarter", numeric: false), .init("Red now"), .init("Amber now"), .init("Green now"),
        ])
        table.rows = rows.map { [.rowHeader($0.text(.from).capitalized, link: nil), $0.cell(.toRed), $0.cell(.toAmber), $0.cell(.toGreen)] }
        table.csv = PageParts.csvLink("rag-movement", root: root, period: period.period)
        return html + PageParts.figure(chart, root: root, period: period.period) + table.html
    }
}
