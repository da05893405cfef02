import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Sections on programme performance: payment by results, intervention levels and RAG
/// movement (targets: `TargetsSection`). Each reads one published table and shows nothing when it is absent.
enum PerformanceSections {
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
        table.rows = levels.rows.map { row in [.rowHeader(PageParts.sentenceCase(row.text(.level)), link: nil)] + row.values.indices.dropFirst().map { row.cell(at: $0) } }
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
        table.rows = rows.map { [.rowHeader(PageParts.sentenceCase($0.text(.from)), link: nil), $0.cell(.toRed), $0.cell(.toAmber), $0.cell(.toGreen)] }
        table.csv = PageParts.csvLink("rag-movement", root: root, period: period.period)
        return html + PageParts.figure(chart, root: root, period: period.period) + table.html
    }
}
