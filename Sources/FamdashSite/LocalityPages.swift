import FamdashDisclosure
import FamdashModel

/// Localities: a comparison table and chart, and one page per locality listing its wards.
enum LocalityPages {
    static func index(_ period: PublishedPeriod, content: SiteContent) -> Page? {
        guard let localities = period.table("localities") else { return nil }
        let name = period.period
        let path = "\(name)/localities/index.html"
        let root = PageParts.root(of: path)
        var body = PageParts.heading("Localities", period: name)
        var table = HTMLTable(caption: "People and families by locality", columns: [
            .init("Locality", numeric: false), .init("People"), .init("% of people"), .init("Families"), .init("% of families"),
        ])
        table.sortable = true
        for row in localities.rows {
            let locality = row[0].csvText
            table.rows.append([.rowHeader(locality, link: content.localitySlugs[locality].map { root + "\(name)/localities/\($0).html" }),
                               .value(row[1]), .value(row[2]), .value(row[3]), .value(row[4])])
        }
        table.totals = [.rowHeader("Total", link: nil), .value(period.summaryValue("people") ?? .suppressed), .text("100.0"),
                        .value(period.summaryValue("families") ?? .suppressed), .text("100.0")]
        table.csv = PageParts.csvLink("localities", root: root, period: name)
        body += table.html
        body += PageParts.figure(content.chart("families-by-locality", of: name), root: root, period: name)
        return Page(path: path, name: "Localities", period: name, section: .localities,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Localities")], body: body)
    }

    static func pages(_ period: PublishedPeriod, content: SiteContent) -> [Page] {
        guard let localities = period.table("localities"), let wards = period.table("wards") else { return [] }
        let name = period.period
        return localities.rows.compactMap { row -> Page? in
            let locality = row[0].csvText
            guard let slug = content.localitySlugs[locality] else { return nil }
            let path = "\(name)/localities/\(slug).html"
            let root = PageParts.root(of: path)
            var body = PageParts.heading("\(locality)", period: name)
            body += "<p class=\"lead\">\(HTMLTable.valueHTML(row[3])) families and \(HTMLTable.valueHTML(row[1])) people in this locality.</p>\n"
            var table = HTMLTable(caption: "Wards of \(locality)", columns: [
                .init("Ward", numeric: false), .init("People"), .init("Families"), .init("Share of the locality's families (%)"),
            ])
            table.sortable = true
            for ward in wards.rows where ward[1].csvText == locality {
                let wardName = ward[0].csvText
                table.rows.append([.rowHeader(wardName, link: content.wardSlugs[wardName].map { root + "\(name)/wards/\($0).html" }),
                                   .value(ward[2]), .value(ward[4]), .value(PageParts.share(ward[4], of: row[3]))])
            }
            table.totals = [.rowHeader("Locality total", link: nil), .value(row[1]), .value(row[3]), .text("100.0")]
            table.csv = PageParts.csvLink("wards", root: root, period: name)
            body += table.html
            return Page(path: path, name: locality, period: name, section: .localities,
                        breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Localities", "\(name)/localities/index.html"), .init(locality)],
                        body: body)
        }
    }
}
