import FamdashCharts
import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// The ward comparison page and one page per ward: what a manager compares.
enum WardPages {
    static func index(_ period: PublishedPeriod, content: SiteContent) -> Page? {
        guard let wards = period.table(WardsTable.self), let allocations = period.table(WardAllocationsTable.self) else { return nil }
        let name = period.period
        let path = "\(name)/wards/index.html"
        let root = PageParts.root(of: path)
        var body = PageParts.heading("Wards", period: name)
        body += "<p class=\"lead\">Every ward, with families whose ward is not recorded as Unidentified. Select a ward for its page and its trend.</p>\n"
        var table = HTMLTable(caption: "People, families and allocation status by ward", columns: [
            .init("Ward", numeric: false), .init("Locality", numeric: false), .init("People"), .init("% of people"),
            .init("Families"), .init("% of families"), .init("Allocated"), .init("% allocated"), .init("Claims made"), .init("% with a claim"),
            .init("Not to be allocated"), .init("Yet to be allocated"),
        ])
        table.sortable = true
        for row in wards.rows {
            let ward = row.text(.ward)
            let link = content.wardSlugs[ward].map { root + "\(name)/wards/\($0).html" }
            let split = allocations[row.key]
            var cells: [HTMLTable.Cell] = [.rowHeader(ward, link: link), .text(row.text(.locality)), row.cell(.people), row.cell(.peoplePct),
                                           row.cell(.families), row.cell(.familiesPct)]
            for column in [WardAllocationsTable.Column.allocated, .claimed] {
                let count = split?[column] ?? .suppressed
                cells += [split?.cell(column) ?? .value(.suppressed), .value(PageParts.share(count, of: row[.families]))]
            }
            for column in [WardAllocationsTable.Column.notToBeAllocated, .yetToBeAllocated] { cells.append(split?.cell(column) ?? .value(.suppressed)) }
            table.rows.append(cells)
        }
        table.totals = [.rowHeader("Total", link: nil), .text(""), .value(period.total(.people)), .text("100.0"),
                        .value(period.total(.families)), .text("100.0"),
                        .value(period.total(.allocated)), .value(PageParts.share(period.total(.allocated), of: period.total(.families))),
                        .value(period.total(.claims)), .value(PageParts.share(period.total(.claims), of: period.total(.families))),
                        .value(AllocationTotals.total(.notToBeAllocated, period)), .value(AllocationTotals.total(.yetToBeAllocated, period))]
        table.note = "Figures are published in <a href=\"\(root)\(name)/data/wards.csv\">wards.csv</a> and <a href=\"\(root)\(name)/data/ward-allocations.csv\">ward-allocations.csv</a>."
        body += table.html
        for chart in ["families-by-ward", "people-by-ward", "allocation-status-by-ward"] {
            body += PageParts.figure(content.chart(chart, of: name), root: root, period: name)
        }
        body += WardMapFigure.html(content.chart("ward-map", of: name), root: root, period: name)
        body += WardCompareTable.html(period, content: content, root: root)
        return Page(path: path, name: "Wards", period: name, section: .wards,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Wards")], body: body)
    }

    static func pages(_ period: PublishedPeriod, content: SiteContent) -> [Page] {
        guard let wards = period.table(WardsTable.self), let allocations = period.table(WardAllocationsTable.self),
              let localities = period.table(LocalitiesTable.self) else { return [] }
        let name = period.period
        let history = content.history(upTo: period)
        return wards.rows.compactMap { row -> Page? in
            let ward = row.text(.ward), locality = row.text(.locality)
            guard let slug = content.wardSlugs[ward] else { return nil }
            let path = "\(name)/wards/\(slug).html"
            let root = PageParts.root(of: path)
            let title = row.key == .unidentified ? "Families with no ward recorded" : "\(ward) ward"
            var body = PageParts.heading(title, period: name)
            let localityRow = localities.rows.first { $0.text(.locality) == locality }
            let localityLink = content.localitySlugs[locality].map { "<a href=\"\(root)\(name)/localities/\($0).html\">\(HTMLText.escape(locality))</a>" }
                ?? HTMLText.escape(locality)
            body += "<p class=\"lead\">In \(localityLink).</p>\n"
            let split = allocations[row.key]
            var figures = HTMLTable(caption: "\(ward): figures for \(name.monthsLabel)", columns: [.init("Figure", numeric: false), .init("Value")])
            figures.rows = [
                [.rowHeader("Families", link: nil), row.cell(.families)],
                [.rowHeader("% of all families in the programme", link: nil), row.cell(.familiesPct)],
                [.rowHeader("Share of the locality's families (%)", link: nil), .value(PageParts.share(row[.families], of: localityRow?[.families] ?? .suppressed))],
                [.rowHeader("People", link: nil), row.cell(.people)],
                [.rowHeader("% of all people in the programme", link: nil), row.cell(.peoplePct)],
                [.rowHeader("Allocated a lead worker", link: nil), (split?.cell(.allocated) ?? .value(.suppressed))],
                [.rowHeader("Payment-by-results claims made", link: nil), (split?.cell(.claimed) ?? .value(.suppressed))],
                [.rowHeader("Not to be allocated", link: nil), (split?.cell(.notToBeAllocated) ?? .value(.suppressed))],
                [.rowHeader("Yet to be allocated", link: nil), (split?.cell(.yetToBeAllocated) ?? .value(.suppressed))],
            ]
            body += figures.html
            body += ComparisonSections.rates(period, area: ward, families: row[.families], allocated: split?[.allocated] ?? .suppressed,
                                             claimed: split?[.claimed] ?? .suppressed, content: content)
            body += ComparisonSections.rag(period, area: ward, content: content, root: root) { ComparisonSections.wardRAG(period, ward: row.key, measure: $0) }

            // The ward across quarters, from each quarter's published figures.
            var trend = HTMLTable(caption: "\(ward): families and people by quarter", columns: [
                .init("Quarter", numeric: false), .init("Families"), .init("People"), .init("Allocated"), .init("Claims made"),
            ])
            var familiesSeries: [PublishedValue] = [], allocatedSeries: [PublishedValue] = [], labels: [String] = []
            for earlier in history {
                guard let earlierRow = earlier.table(WardsTable.self)?[row.key],
                      let earlierSplit = earlier.table(WardAllocationsTable.self)?[row.key] else { continue }
                trend.rows.append([.rowHeader(earlier.period.description, link: root + "\(earlier.period)/wards/\(slug).html"),
                                   earlierRow.cell(.families), earlierRow.cell(.people), earlierSplit.cell(.allocated),
                                   earlierSplit.cell(.claimed)])
                labels.append(earlier.period.description)
                familiesSeries.append(earlierRow[.families])
                allocatedSeries.append(earlierSplit[.allocated])
            }
            body += "<h2>Across quarters</h2>\n"
            if labels.count > 1 {
                let chart = Chart(name: "ward-trend", title: "\(ward): families by quarter", subtitle: "\(labels.first!) to \(labels.last!)",
                                  valueLabel: "Families", summary: "Families in \(ward), quarter by quarter.",
                                  kind: .lines(.init(labels: labels, series: [
                                      .init(name: "Families", values: familiesSeries, color: Palette.primary, dashed: false),
                                      .init(name: "Allocated", values: allocatedSeries, color: Palette.secondary, dashed: true),
                                  ])))
                body += InlineChart.figure(chart, id: "ward-trend")
            }
            body += trend.html
            body += "<p class=\"download\">The figures come from <a href=\"\(root)\(name)/data/wards.csv\">wards.csv</a> and <a href=\"\(root)\(name)/data/ward-allocations.csv\">ward-allocations.csv</a>.</p>\n"
            return Page(path: path, name: title, period: name, section: .wards,
                        breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Wards", "\(name)/wards/index.html"), .init(ward)],
                        body: body)
        }
    }
}
