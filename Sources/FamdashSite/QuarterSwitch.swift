import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Previous / next quarter links on every page of a quarter, to the same page in the other
/// quarter. A ward, locality or measure page links to its namesake only if that quarter
/// publishes the row (Unidentified is not in every quarter); otherwise to the other quarter's
/// index of that section, and any other page to the other quarter's overview.
enum QuarterSwitch {
    static func linked(_ pages: [Page], period: PublishedPeriod, content: SiteContent) -> [Page] {
        let previous = content.previous(period)
        let next = content.periods.first { $0.period > period.period }
        return pages.map { page in
            var page = page
            let relative = page.path.hasPrefix("\(period.period)/") ? String(page.path.dropFirst("\(period.period)/".count)) : nil
            guard let relative else { return page }
            page.previousQuarter = previous.map { Page.Crumb($0.period.monthsLabel, counterpart(relative, in: $0, content: content)) }
            page.nextQuarter = next.map { Page.Crumb($0.period.monthsLabel, counterpart(relative, in: $0, content: content)) }
            return page
        }
    }

    /// The site-relative path of `relative` (a path inside a quarter folder) in `other`.
    static func counterpart(_ relative: String, in other: PublishedPeriod, content: SiteContent) -> String {
        let folder = "\(other.period)/"
        let parts = relative.split(separator: "/").map(String.init)
        if parts.count == 2, parts[1] != "index.html" {
            let slug = String(parts[1].dropLast(".html".count))
            let exists: Bool
            switch parts[0] {
            case "wards": exists = other.table(WardsTable.self)?.rows.contains { content.wardSlugs[$0.text(.ward)] == slug } ?? false
            case "localities": exists = other.table(LocalitiesTable.self)?.rows.contains { content.localitySlugs[$0.text(.locality)] == slug } ?? false
            case "measures": exists = other.table(RAGTable.self)?.rows.contains { $0.text(.measure) == slug } ?? false
            default: exists = false
            }
            return folder + (exists ? relative : "\(parts[0])/index.html")
        }
        // Section pages depend on the programme's settings, the same in every quarter.
        return folder + (parts.count <= 2 ? relative : "index.html")
    }
}
