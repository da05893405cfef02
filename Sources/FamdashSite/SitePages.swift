import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Every page of the site, as values: the writer turns them into files.
public enum SitePages {
    /// The pages of one period.
    public static func pages(for period: PublishedPeriod, content: SiteContent) -> [Page] {
        var pages = [OverviewPage.page(period, content: content, path: "\(period.period)/index.html")]
        pages += [WardPages.index(period, content: content), LocalityPages.index(period, content: content),
                  MeasurePages.index(period, content: content), PeoplePage.page(period, content: content),
                  AllocationsPage.page(period, content: content), OutcomesPage.page(period, content: content)].compactMap { $0 }
        pages += WardPages.pages(period, content: content)
        pages += LocalityPages.pages(period, content: content)
        pages += MeasurePages.pages(period, content: content)
        pages.append(TrendsPage.page(period, content: content))
        pages.append(MethodologyPage.page(period, content: content))
        pages.append(BoardPackPage.page(period, content: content))
        return QuarterSwitch.linked(pages, period: period, content: content)
    }

    /// Pages at the top of the site: the current quarter's overview and the archive.
    public static func topPages(content: SiteContent) -> [Page] {
        var pages = [ArchivePage.page(content: content)]
        if let current = content.periods.last {
            var overview = OverviewPage.page(current, content: content, path: "index.html")
            overview.previousQuarter = content.previous(current).map { .init($0.period.monthsLabel, "\($0.period)/index.html") }
            pages.append(overview)
        }
        return pages
    }

    /// `trends.csv`: every headline figure for every period, one row each.
    public static func trendsCSV(content: SiteContent) -> String {
        let keys = PageParts.headlineLabels.map(\.key)
        let rows = content.periods.map { period in [PublishedValue.text(period.period.description)] + keys.map { period.total($0) } }
        return CSVWriter.csv(PublishedTable(name: "trends", header: ["period"] + keys.map(\.name), keys: rows.map { _ in .total }, rows: rows))
    }
}
