import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Localities: a comparison table and chart, and one page per locality listing its wards.
enum LocalityPages {
    static func index(_ period: PublishedPeriod, content: SiteContent) -> Page? {
        guard let localities = period.table(LocalitiesTable.self) else { return nil }
        let name = period.period
        let path = "\(name)/localities/index.html"
        let root = PageParts.root(of: path)
        var body = PageParts.heading("Localities", period: name)
        var table = HTMLTable(caption: "People and families by locality", columns: [
            .init("Locality", numeric: false), .init("People"), .init("% of people"), .init("Families"), .init("% of families"),
        ])
        table.sortable = true
        for row in localities.rows {
            let locality = row.text(.locality)
            table.rows.append([.rowHeader(locality, link: content.localitySlugs[locality].map { root + "\(name)/localities/\($0).html" })]
                              + [.people, .peoplePct, .families, .familiesPct].map { row.cell($0) })
        }
        table.totals = [.rowHeader("Total", link: nil), .value(period.total(.people)), .text("100.0"),
                        .value(period.total(.families)), .text("100.0")]
        table.csv = PageParts.csvLink("localities", root: root, period: name)
        body += table.html
        body += PageParts.figure(content.chart("families-by-locality", of: name), root: root, period: name)
        return Page(path: path, name: "Localities", period: name, section: .localities,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Localities")], body: body)
    }

    static func pages(_ period: PublishedPeriod, content: SiteContent) -> [Page] {
        guard let localities = period.table(LocalitiesTable.self), let wards = period.table(WardsTable.self) else { return [] }
        let name = period.period
        let history = content.history(upTo: period)
        return localities.rows.compactMap { row -> Page? in
            let locality = row.text(.locality)
            guard let slug = content.localitySlugs[locality] else { return nil }
            let path = "\(name)/localities/\(slug).html"
            let root = PageParts.root(of: path)
            var body = PageParts.heading("\(locality)", period: name)
            body += "<p class=\"lead\">\(row.html(.families)) families and \(row.html(.people)) people in this locality.</p>\n"
            var table = HTMLTable(caption: "Wards of \(locality)", columns: [
                .init("Ward", numeric: false), .init("People"), .init("Families"), .init("Share of the locality's families (%)"),
            ])
            table.sortable = true
            for ward in wards.rows where ward.text(.locality) == locality {
                let wardName = ward.text(.ward)
                table.rows.append([.rowHeader(wardName, link: content.wardSlugs[wardName].map { root + "\(name)/wards/\($0).html" }),
                                   ward.cell(.people), ward.cell(.families), .value(PageParts.share(ward[.families], of: row[.families]))])
            }
            table.totals = [.rowHeader("Locality total", link: nil), row.cell(.people), row.cell(.families), .text("100.0")]
            table.csv = PageParts.csvLink("wards", root: root, period: name)
            body += table.html
            let members = wards.rows.filter { $0.text(.locality) == locality }
            body += LocalityComparison.wardsChart(members, locality: locality, quarter: "\(name.monthsLabel) (\(name.financialLabel))")
            // A locality's count is the sum of its wards' published counts, [c] if any is withheld.
            func sum(_ column: WardAllocationsTable.Column) -> PublishedValue {
                var total = 0
                for ward in members {
                    guard case .count(let count)? = period.table(WardAllocationsTable.self)?[ward.key]?[column] else { return .suppressed }
                    total += count
                }
                return .count(total)
            }
            body += ComparisonSections.rates(period, area: locality, families: row[.families], allocated: sum(.allocated),
                                             claimed: sum(.claimed), content: content)
            body += ComparisonSections.rag(period, area: locality, content: content, root: root) {
                LocalityComparison.rag(period, wards: members.map(\.key), measure: $0)
            }
            body += WardCompareTable.html(period, content: content, root: root, locality: locality)
            body += LocalityComparison.trend(history, key: row.key, locality: locality, slug: slug, root: root)
            return Page(path: path, name: locality, period: name, section: .localities,
                        breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Localities", "\(name)/localities/index.html"), .init(locality)],
                        body: body)
        }
    }
}
