import FamdashCharts
import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// People (age profile) and allocations pages.
enum PeoplePage {
    static func page(_ period: PublishedPeriod, content: SiteContent) -> Page? {
        guard let ages = period.table(AgesTable.self), let detail = period.table(AgesDetailTable.self) else { return nil }
        let name = period.period
        let path = "\(name)/people.html"
        let root = PageParts.root(of: path)
        var body = PageParts.heading("People in programme families", period: name)
        body += PageParts.figure(content.chart("age-bands", of: name), root: root, period: name)
        var bands = HTMLTable(caption: "People by age band", columns: [.init("Age band", numeric: false), .init("People"), .init("% of people")])
        bands.rows = ages.rows.map { [.rowHeader($0.key == .unknownAge ? "Age not known" : $0.text(.band), link: nil), $0.cell(.people), $0.cell(.peoplePct)] }
        bands.totals = [.rowHeader("Total", link: nil), .value(period.total(.people)), .text("100.0")]
        bands.note = "Bands are closed: 11-20 holds ages 11 to 20, and so on. The first, 0-10, holds eleven years of age (0 to 10), and 91+ holds 91 to 120."
        bands.csv = PageParts.csvLink("ages", root: root, period: name)
        body += bands.html
        body += "<h2>The most populous band, year by year</h2>\n"
        body += PageParts.figure(content.chart("age-detail", of: name), root: root, period: name)
        var years = HTMLTable(caption: "People by single year of age, most populous band", columns: [.init("Age", numeric: false), .init("People")])
        years.rows = detail.rows.map { [.rowHeader($0.text(.age), link: nil), $0.cell(.people)] }
        years.csv = PageParts.csvLink("ages-detail", root: root, period: name)
        body += years.html
        return Page(path: path, name: "People", period: name, section: .people,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("People")], body: body)
    }
}

enum AllocationsPage {
    static func page(_ period: PublishedPeriod, content: SiteContent) -> Page? {
        guard let allocations = period.table(AllocationsTable.self), let wardAllocations = period.table(WardAllocationsTable.self) else { return nil }
        let name = period.period
        let path = "\(name)/allocations.html"
        let root = PageParts.root(of: path)
        var body = PageParts.heading("Allocations to lead workers", period: name)
        body += PageParts.figure(content.chart("allocations-by-agency", of: name), root: root, period: name)
        var agencies = HTMLTable(caption: "Allocated families by lead agency", columns: [.init("Lead agency", numeric: false), .init("Families"), .init("% of allocated families")])
        agencies.sortable = true
        // People look an agency up alphabetically ("Early Help" before "EWS"); the CSV keeps
        // DATA.md's code-point order. "Not recorded" stays last.
        let byName = allocations.rows.sorted { lhs, rhs in
            let lhsLast = lhs.key.isCatchAll, rhsLast = rhs.key.isCatchAll
            if lhsLast != rhsLast { return rhsLast }
            let a = lhs.text(.leadAgency), b = rhs.text(.leadAgency)
            return a.lowercased() != b.lowercased() ? CodePointOrder.less(a.lowercased(), b.lowercased()) : CodePointOrder.less(a, b)
        }
        agencies.rows = byName.map { [.rowHeader($0.text(.leadAgency), link: nil), $0.cell(.families), $0.cell(.familiesPct)] }
        agencies.totals = [.rowHeader("Total allocated", link: nil), .value(period.total(.allocated)), .text("100.0")]
        agencies.csv = PageParts.csvLink("allocations", root: root, period: name)
        body += agencies.html
        body += PerformanceSections.levels(period, root: root)
        body += "<h2>By ward</h2>\n"
        body += PageParts.figure(content.chart("allocation-status-by-ward", of: name), root: root, period: name)
        var wards = HTMLTable(caption: "Allocation status by ward", columns: [
            .init("Ward", numeric: false), .init("Allocated"), .init("Claims made"), .init("Not to be allocated"), .init("Yet to be allocated"),
        ])
        wards.sortable = true
        wards.rows = wardAllocations.rows.map { row in
            [.rowHeader(row.text(.ward), link: content.wardSlugs[row.text(.ward)].map { root + "\(name)/wards/\($0).html" })]
                + [.allocated, .claimed, .notToBeAllocated, .yetToBeAllocated].map { row.cell($0) }
        }
        wards.totals = [.rowHeader("Total", link: nil), .value(period.total(.allocated)),
                        .value(period.total(.claims)), .value(AllocationTotals.total(.notToBeAllocated, period)),
                        .value(AllocationTotals.total(.yetToBeAllocated, period))]
        wards.csv = PageParts.csvLink("ward-allocations", root: root, period: name)
        body += wards.html
        body += RolloutSection.html(period, content: content, root: root)
        return Page(path: path, name: "Allocations", period: name, section: .allocations,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Allocations")], body: body)
    }
}
