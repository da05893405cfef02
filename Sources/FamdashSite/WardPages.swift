import FamdashCharts
import FamdashDisclosure
import FamdashModel

/// The ward comparison page and one page per ward: what a manager compares.
enum WardPages {
    static func index(_ period: PublishedPeriod, content: SiteContent) -> Page? {
        guard let wards = period.table("wards"), let allocations = period.table("ward-allocations") else { return nil }
        let name = period.period
        let path = "\(name)/wards/index.html"
        let root = PageParts.root(of: path)
        var body = PageParts.heading("Wards", period: name)
        body += "<p class=\"lead\">Every ward, with families whose ward is not recorded as Unidentified. Select a ward for its page and its trend.</p>\n"
        var table = HTMLTable(caption: "People, families and allocation status by ward", columns: [
            .init("Ward", numeric: false), .init("Locality", numeric: false), .init("People"), .init("% of people"),
            .init("Families"), .init("% of families"), .init("Allocated"), .init("Claims made"),
            .init("Not to be allocated"), .init("Yet to be allocated"),
        ])
        table.sortable = true
        for (index, row) in wards.rows.enumerated() {
            let ward = row[0].csvText
            let link = content.wardSlugs[ward].map { root + "\(name)/wards/\($0).html" }
            let split = allocations.rows[index]
            table.rows.append([.rowHeader(ward, link: link), .text(row[1].csvText), .value(row[2]), .value(row[3]),
                               .value(row[4]), .value(row[5]), .value(split[1]), .value(split[2]), .value(split[3]), .value(split[4])])
        }
        table.totals = [.rowHeader("Total", link: nil), .text(""), .value(period.summaryValue("people") ?? .suppressed), .text("100.0"),
                        .value(period.summaryValue("families") ?? .suppressed), .text("100.0"),
                        .value(period.summaryValue("allocated") ?? .suppressed), .value(period.summaryValue("claims") ?? .suppressed),
                        .text(""), .text("")]
        table.note = "Figures are published in <a href=\"\(root)\(name)/data/wards.csv\">wards.csv</a> and <a href=\"\(root)\(name)/data/ward-allocations.csv\">ward-allocations.csv</a>."
        body += table.html
        for chart in ["families-by-ward", "people-by-ward", "allocation-status-by-ward"] {
            body += PageParts.figure(content.chart(chart, of: name), root: root, period: name)
        }
        return Page(path: path, name: "Wards", period: name, section: .wards,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Wards")], body: body)
    }

    static func pages(_ period: PublishedPeriod, content: SiteContent) -> [Page] {
        guard let wards = period.table("wards"), let allocations = period.table("ward-allocations"),
              let localities = period.table("localities") else { return [] }
        let name = period.period
        let history = content.history(upTo: period)
        return wards.rows.enumerated().compactMap { index, row -> Page? in
            let ward = row[0].csvText, locality = row[1].csvText
            guard let slug = content.wardSlugs[ward] else { return nil }
            let path = "\(name)/wards/\(slug).html"
            let root = PageParts.root(of: path)
            let title = ward == "Unidentified" ? "Families with no ward recorded" : "\(ward) ward"
            var body = PageParts.heading(title, period: name)
            let localityRow = localities.rows.first { $0[0].csvText == locality }
            let localityLink = content.localitySlugs[locality].map { "<a href=\"\(root)\(name)/localities/\($0).html\">\(HTMLText.escape(locality))</a>" }
                ?? HTMLText.escape(locality)
            body += "<p class=\"lead\">In \(localityLink).</p>\n"
            let split = allocations.rows[index]
            var figures = HTMLTable(caption: "\(ward): figures for \(name.monthsLabel)", columns: [.init("Figure", numeric: false), .init("Value")])
            figures.rows = [
                [.rowHeader("Families", link: nil), .value(row[4])],
                [.rowHeader("% of all families in the programme", link: nil), .value(row[5])],
                [.rowHeader("Share of the locality's families (%)", link: nil), .value(PageParts.share(row[4], of: localityRow?[3] ?? .suppressed))],
                [.rowHeader("People", link: nil), .value(row[2])],
                [.rowHeader("% of all people in the programme", link: nil), .value(row[3])],
                [.rowHeader("Allocated a lead worker", link: nil), .value(split[1])],
                [.rowHeader("Payment-by-results claims made", link: nil), .value(split[2])],
                [.rowHeader("Not to be allocated", link: nil), .value(split[3])],
                [.rowHeader("Yet to be allocated", link: nil), .value(split[4])],
            ]
            body += figures.html

            // The ward across quarters, from each quarter's published figures.
            var trend = HTMLTable(caption: "\(ward): families and people by quarter", columns: [
                .init("Quarter", numeric: false), .init("Families"), .init("People"), .init("Allocated"), .init("Claims made"),
            ])
            var familiesSeries: [PublishedValue] = [], allocatedSeries: [PublishedValue] = [], labels: [String] = []
            for earlier in history {
                guard let earlierWards = earlier.table("wards"), let rowIndex = content.wardRow(ward, in: earlier.period),
                      let earlierSplit = earlier.table("ward-allocations")?.rows[rowIndex] else { continue }
                let earlierRow = earlierWards.rows[rowIndex]
                trend.rows.append([.rowHeader(earlier.period.description, link: root + "\(earlier.period)/wards/\(slug).html"),
                                   .value(earlierRow[4]), .value(earlierRow[2]), .value(earlierSplit[1]), .value(earlierSplit[2])])
                labels.append(earlier.period.description)
                familiesSeries.append(earlierRow[4])
                allocatedSeries.append(earlierSplit[1])
            }
            body += "<h2>Across quarters</h2>\n"
            if labels.count > 1 {
                let chart = Chart(name: "ward-trend", title: "\(ward): families by quarter", subtitle: "\(labels.first!) to \(labels.last!)",
                                  valueLabel: "Families", summary: "Families in \(ward), quarter by quarter.",
                                  kind: .lines(.init(labels: labels, series: [
                                      .init(name: "Families", values: familiesSeries, color: Palette.primary, dashed: false),
                                      .init(name: "Allocated", values: allocatedSeries, color: Palette.secondary, dashed: true),
                                  ])))
                body += "<figure class=\"chart inline\">\n" + SVGRenderer.svg(ChartLayout.scene(chart), id: "ward-trend") + "</figure>\n"
            }
            body += trend.html
            body += "<p class=\"download\">The figures come from <a href=\"\(root)\(name)/data/wards.csv\">wards.csv</a> and <a href=\"\(root)\(name)/data/ward-allocations.csv\">ward-allocations.csv</a>.</p>\n"
            return Page(path: path, name: title, period: name, section: .wards,
                        breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Wards", "\(name)/wards/index.html"), .init(ward)],
                        body: body)
        }
    }
}
