import FamdashDisclosure
import FamdashModel
import FamdashFigures

/// The parts of the data and methodology page that make a quarter citable: the release, how to
/// download it, how figures are revised and what changed, and notes on the data's quality.
enum ReleaseSections {
    /// Published and next-update dates, the permanent address, "download all".
    static func release(_ period: PublishedPeriod, content: SiteContent, root: String) -> String {
        let name = period.period
        let context = content.context
        var html = "<h2 id=\"release\">This release</h2>\n<dl class=\"definitions\">\n"
        html += "<dt>Period covered</dt><dd>\(HTMLText.escape(name.monthsLabel)) (financial quarter \(name.financialLabel)); the figures are as at \(HTMLText.escape(name.endDay.longText)).</dd>\n"
        if let published = context.published[name] {
            html += "<dt>Published</dt><dd>\(HTMLText.escape(published.longText))</dd>\n"
        }
        if let current = context.current, name < current {
            html += "<dt>Latest release</dt><dd>This is not the latest release: <a href=\"\(root)index.html\">see the latest figures</a>.</dd>\n"
        } else if let next = context.settings.release.nextUpdate {
            html += "<dt>Next update</dt><dd>\(HTMLText.escape(next.longText))</dd>\n"
        }
        html += "<dt>Permanent address</dt><dd>This quarter's pages and files stay at <code>\(name)/</code> of this site. Its figures change only by a revision, listed below.</dd>\n"
        html += "<dt>Download all</dt><dd><a href=\"\(root)\(name)/\(name).zip\">\(name).zip</a>: every CSV file of the quarter and summary.json.</dd>\n"
        html += "</dl>\n"
        return html
    }

    /// Rows of the files table for what releases add.
    static func fileRows(_ period: PublishedPeriod, content: SiteContent, root: String) -> [[HTMLTable.Cell]] {
        let name = period.period
        var rows: [[HTMLTable.Cell]] = []
        if let revisions = content.revisions[name] {
            rows.append([.rowHeader("revisions.csv", link: root + "\(name)/data/revisions.csv"),
                         .text("Every figure of this quarter changed since it was first published: file, row, column, the figure before and after, the date."),
                         .value(.count(revisions.count))])
        }
        rows.append([.rowHeader("\(name).zip", link: root + "\(name)/\(name).zip"),
                     .text("All of the above in one download."), .text("")])
        rows.append([.rowHeader("data/NAME.csv (all quarters)", link: root + "data/wards.csv"),
                     .text("Each file above for every quarter in one tidy file, with a first column period; each has CSV on the Web metadata beside it (NAME.csv-metadata.json: column titles, types, [c] as missing)."),
                     .text("one per row of each quarter")])
        rows.append([.rowHeader("data/areas.csv", link: root + "data/areas.csv"),
                     .text("Every ward with its ONS code (where given) and locality."), .text("one per ward")])
        return rows
    }

    /// The revision policy and this quarter's revisions.
    static func revisions(_ period: PublishedPeriod, content: SiteContent, root: String) -> String {
        let name = period.period
        var html = "<h2 id=\"revisions\">Revisions</h2>\n"
        html += "<p>Figures are revised when the case-management system's extract for a quarter is corrected after publication. Each build compares every published figure of every quarter with the site it replaces; a figure that changed is marked "
        html += "<abbr title=\"revised\">[r]</abbr> beside it on every page that shows it, and listed in the quarter's revisions.csv with its previous value and the date of the change. Earlier revisions are kept. "
        html += "Percentages are revised with their counts, and a figure newly withheld is listed with [c] as its current value.</p>\n"
        guard let revisions = content.revisions[name], !revisions.isEmpty else {
            return html + "<p>No figure of \(HTMLText.escape(name.monthsLabel)) has been revised since it was first published.</p>\n"
        }
        var table = HTMLTable(caption: "Revisions to \(name.monthsLabel)", columns: [
            .init("File", numeric: false), .init("Row", numeric: false), .init("Column", numeric: false),
            .init("Previous"), .init("Current"), .init("Revised on", numeric: false),
        ])
        table.rows = revisions.map { revision in
            [.rowHeader(revision.file, link: nil), .text(revision.row), .text(revision.column),
             .text(revision.previous.isEmpty ? "(new row)" : revision.previous), .text(revision.current.isEmpty ? "(row removed)" : revision.current),
             .text(Day(parsing: revision.revisedOn)?.longText ?? revision.revisedOn)]
        }
        table.csv = (root + "\(name)/data/revisions.csv", "revisions.csv")
        return html + table.html
    }

    /// Counts of the warnings the quarter's files raised, by kind.
    static func quality(_ period: PublishedPeriod, content: SiteContent) -> String {
        var html = "<h2 id=\"quality\">Data quality notes</h2>\n"
        html += "<p>famdash checks every row of the extract. Errors stop publication; warnings are figures that were published but that the council may want to correct (and that a reviewer may want to allow for).</p>\n"
        let notes = content.qualityNotes[period.period] ?? []
        guard !notes.isEmpty else {
            return html + "<p>The files of \(HTMLText.escape(period.period.monthsLabel)) raised no warnings.</p>\n"
        }
        // Kinds only, in name order: how many rows raised a warning is a count of families
        // that no table publishes and no disclosure relation covers (a claim on a family not to
        // be allocated, say), and listing by frequency would give their order of size.
        html += "<p>The files of \(HTMLText.escape(period.period.monthsLabel)) raised these kinds of warning:</p>\n<ul>\n"
        for kind in notes.map(\.kind).sorted(by: CodePointOrder.less) { html += "<li>\(HTMLText.escape(kind))</li>\n" }
        return html + "</ul>\n"
    }

    /// The archive's downloads: each quarter's zip with its published date and revisions, and
    /// the all-quarter tidy files with their metadata.
    static func downloads(content: SiteContent) -> String {
        var html = "<h2 id=\"downloads\">Downloads</h2>\n"
        var table = HTMLTable(caption: "Each quarter's release", columns: [
            .init("Quarter", numeric: false), .init("Published", numeric: false), .init("Figures revised"), .init("Download", numeric: false),
        ])
        for period in content.periods.reversed() {
            let name = period.period
            table.rows.append([.rowHeader(name.monthsLabel, link: "\(name)/data.html"),
                               .text(content.context.published[name]?.longText ?? ""),
                               .value(.count(content.revisions[name]?.count ?? 0)),
                               .link("\(name).zip", href: "\(name)/\(name).zip")])
        }
        html += table.html
        var names = content.periods.first?.csvTables.map(\.name) ?? []
        if !content.revisions.isEmpty { names.append(Revision.tableName) }
        html += "<p>Every quarter in one file per table, with a first column <code>period</code>, and CSV on the Web metadata (column types, [c] as missing) beside each:</p>\n<ul>\n"
        for name in names + ["areas"] {
            html += "<li><a href=\"data/\(name).csv\">\(name).csv</a> (<a href=\"data/\(name).csv-metadata.json\">metadata</a>)</li>\n"
        }
        return html + "</ul>\n"
    }
}
