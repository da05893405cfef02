import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Previous / next quarter links on every page of a quarter, to the same page in the other
/// quarter. A ward, locality or measure page links to its namesake only if that quarter
/// publishes the row (Unidentified is not in every quarter); otherwise to the other quarter's
/// index of that section, and any other page to the other quarter's overview.
enum QuarterSwitch {
    static func linked(_ pages: [Page], period: PublishedPeriod, content: SiteContent) -> [Page] {
        // The pages each neighbouring quarter has, found once: a quarter has a page per ward.
        let previous = content.previous(period).map { Neighbour($0, content: content) }
        let next = content.periods.first { $0.period > period.period }.map { Neighbour($0, content: content) }
        return pages.map { page in
            var page = page
            let relative = page.path.hasPrefix("\(period.period)/") ? String(page.path.dropFirst("\(period.period)/".count)) : nil
            guard let relative else { return page }
            page.previousQuarter = previous.map { Page.Crumb($0.period.period.monthsLabel, $0.counterpart(relative)) }
            page.nextQuarter = next.map { Page.Crumb($0.period.period.monthsLabel, $0.counterpart(relative)) }
            return page
        }
    }

    /// A quarter a page links to, with the slugs of the ward, locality and measure pages it has.
    struct Neighbour {
        let period: PublishedPeriod
        let slugs: [String: Set<String>]

        init(_ period: PublishedPeriod, content: SiteContent) {
            self.period = period
            slugs = [
                "wards": Set(period.table(WardsTable.self)?.rows.compactMap { content.wardSlugs[$0.text(.ward)] } ?? []),
                "localities": Set(period.table(LocalitiesTable.self)?.rows.compactMap { content.localitySlugs[$0.text(.locality)] } ?? []),
                "measures": Set(period.table(RAGTable.self)?.rows.map { $0.text(.measure) } ?? []),
            ]
        }

        /// The site-relative path of `relative` (a path inside a quarter folder) in this quarter.
        func counterpart(_ relative: String) -> String {
            let folder = "\(period.period)/"
            let parts = relative.split(separator: "/").map(String.init)
            if parts.count == 2, parts[1] != "index.html" {
                let slug = String(parts[1].dropLast(".html".count))
                let exists = slugs[parts[0]]?.contains(slug) ?? false
                return folder + (exists ? relative : "\(parts[0])/index.html")
            }
            // Section pages depend on the programme's settings, the same in every quarter.
            return folder + (parts.count <= 2 ? relative : "index.html")
        }
    }
}
