import FamdashDisclosure
import FamdashFigures

/// The allocations page's rollout section: per rollout group, allocated families by lead agency
/// and the group's allocation status, one table as the board papers lay it out.
enum RolloutSection {
    static func html(_ period: PublishedPeriod, content: SiteContent, root: String) -> String {
        guard let rollout = period.table(RolloutTable.self), !rollout.isEmpty,
              let cross = period.table(RolloutAgenciesTable.self), let allocations = period.table(AllocationsTable.self) else { return "" }
        let name = period.period
        var html = "<section aria-labelledby=\"rollout-heading\"><h2 id=\"rollout-heading\">By rollout group</h2>\n"
        html += PageParts.figure(content.chart("rollout-status", of: name), root: root, period: name)
        let agencies = allocations.rows.map(\.key)
        let statusColumns: [(RolloutTable.Column, String)] = [
            (.allocated, "Allocated"), (.claimed, "Claims made"), (.notToBeAllocated, "Not to be allocated"), (.yetToBeAllocated, "Yet to be allocated"),
        ]
        var table = HTMLTable(caption: "Allocated families by lead agency and allocation status, by rollout group",
                              columns: [.init("Rollout group", numeric: false)] + allocations.rows.map { .init($0.text(.leadAgency)) }
                                  + statusColumns.map { .init($0.1) })
        table.rows = rollout.rows.map { row in
            let label = row.key == .notRecorded ? row.text(.rolloutGroup) : "Group \(row.text(.rolloutGroup))"
            return [.rowHeader(label, link: nil)] + agencies.map { .value(cross[.pair(row.key, $0)]?[.families] ?? .suppressed) }
                + statusColumns.map { .value(row[$0.0]) }
        }
        table.totals = [.rowHeader("Total", link: nil)] + allocations.rows.map { .value($0[.families]) }
            + [.value(period.total(.allocated)), .value(period.total(.claims)), .text(""), .text("")]
        table.note = "Agency columns count allocated families; claims are counted whatever the family's allocation."
        table.csv = PageParts.csvLink("rollout", root: root, period: name)
        html += table.html
        html += "<p class=\"download\"><a href=\"\(root)\(name)/data/rollout-agencies.csv\">Download the agency figures as CSV (rollout-agencies.csv)</a></p>\n"
        return html + "</section>\n"
    }
}
