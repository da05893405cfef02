import FamdashDisclosure

/// An accessible data table: caption, column headers with scope, row headers, numbers right
/// aligned with thousands separators, [c] explained, optional totals row and CSV link.
struct HTMLTable {
    enum Cell {
        case rowHeader(String, link: String?)
        case text(String)
        /// A data cell that links somewhere (a download).
        case link(String, href: String)
        /// `revised`: changed since first published (revisions.csv); marked [r].
        case value(PublishedValue, revised: Bool = false)
        /// Markup made from published values (already escaped), and its sort key ("" sorts
        /// after every published value).
        case markup(String, sortValue: String)
    }

    struct Column {
        var heading: String
        var numeric: Bool
        init(_ heading: String, numeric: Bool = true) {
            self.heading = heading
            self.numeric = numeric
        }
    }

    var caption: String
    var columns: [Column]
    var rows: [[Cell]] = []
    var totals: [Cell]?
    var sortable = false
    /// Link to the CSV holding the same figures, relative to the page.
    var csv: (href: String, name: String)?
    var note: String?

    static let suppressed = "<abbr title=\"confidential: suppressed so that no family can be identified\">[c]</abbr>"
    /// The visible key beside every table and chart that shows a [c] (a tooltip alone is
    /// lost on touch screens and in print).
    static let suppressionKey = "<p class=\"c-key\">\(suppressionKeyText)</p>\n"
    static let suppressionKeyText = "<strong>[c]</strong> confidential: withheld so that no family can be identified "
        + "(a small count, or one that would let a small count be worked out). It may stand for zero."

    /// Whether any cell of the table is withheld.
    var showsSuppressed: Bool {
        (rows + [totals ?? []]).contains { row in
            row.contains { cell in
                if case .value(.suppressed, _) = cell { true } else { false }
            }
        }
    }

    static let revisedMark = "<abbr class=\"revised\" title=\"revised since first published: see Revisions on the data page\">[r]</abbr>"

    static func valueHTML(_ value: PublishedValue, revised: Bool = false) -> String {
        let text = switch value {
        case .text(let text): HTMLText.escape(text)
        case .count(let count): HTMLText.grouped(count)
        case .percent: value.csvText
        case .suppressed: suppressed
        }
        return revised ? text + " " + revisedMark : text
    }

    static func sortValue(_ value: PublishedValue) -> String {
        switch value {
        case .count(let count): String(count)
        case .percent(let tenths): String(tenths)
        case .suppressed: ""
        case .text: ""
        }
    }

    func cellHTML(_ cell: Cell, column: Int, header: Bool = false) -> String {
        let numeric = columns[column].numeric
        switch cell {
        case .rowHeader(let text, let link):
            let content = link.map { "<a href=\"\(HTMLText.escape($0))\">\(HTMLText.escape(text))</a>" } ?? HTMLText.escape(text)
            return "<th scope=\"row\">\(content)</th>"
        case .text(let text):
            return "<td\(numeric ? " class=\"num\"" : "")>\(HTMLText.escape(text))</td>"
        case let .link(text, href):
            return "<td><a href=\"\(HTMLText.escape(href))\">\(HTMLText.escape(text))</a></td>"
        case let .value(value, revised):
            let sort = sortable ? " data-value=\"\(Self.sortValue(value))\"" : ""
            return "<td class=\"num\"\(sort)>\(Self.valueHTML(value, revised: revised))</td>"
        case .markup(let html, let sortValue):
            let sort = sortable ? " data-value=\"\(HTMLText.escape(sortValue))\"" : ""
            return "<td\(numeric ? " class=\"num\"" : "")\(sort)>\(html)</td>"
        }
    }

    var html: String {
        var out = "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(HTMLText.escape(caption))\" tabindex=\"0\">\n"
        out += "<table\(sortable ? " class=\"sortable\"" : "")>\n<caption>\(HTMLText.escape(caption))"
        if sortable { out += " <span class=\"hint\">(select a column heading to sort)</span>" }
        out += "</caption>\n<thead><tr>"
        for column in columns {
            out += "<th scope=\"col\"\(column.numeric ? " class=\"num\"" : "")>\(HTMLText.escape(column.heading))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + row.enumerated().map { cellHTML($1, column: $0) }.joined() + "</tr>\n"
        }
        out += "</tbody>\n"
        if let totals {
            out += "<tfoot><tr>" + totals.enumerated().map { cellHTML($1, column: $0) }.joined() + "</tr></tfoot>\n"
        }
        out += "</table>\n</div>\n"
        if showsSuppressed { out += Self.suppressionKey }
        if let note { out += "<p class=\"table-note\">\(note)</p>\n" }
        if let csv {
            out += "<p class=\"download\"><a href=\"\(HTMLText.escape(csv.href))\">Download this table as CSV (\(HTMLText.escape(csv.name)))</a></p>\n"
        }
        return out
    }
}
