import FamdashDisclosure
import FamdashModel

/// Everything the pages are drawn from: settings, every period's published figures (never raw
/// counts), the charts drawn for each period, and stable file names for wards and localities.
public struct SiteContent: Sendable {
    public var context: SiteContext
    public var periods: [PublishedPeriod]
    /// Chart references by period.
    public var charts: [PeriodName: [ChartReference]]
    public let wardSlugs: [String: String]
    public let localitySlugs: [String: String]
    /// Per period, the row of each ward in wards.csv: ward pages look wards up in every quarter.
    let wardRows: [PeriodName: [String: Int]]

    public init(context: SiteContext, periods: [PublishedPeriod], charts: [PeriodName: [ChartReference]]) {
        self.context = context
        self.periods = periods
        self.charts = charts
        // Names come from every period, in order of appearance, so slugs never change as
        // quarters are added (permanent addresses).
        var wards: [String] = [], localities: [String] = []
        var seenWards: Set<String> = [], seenLocalities: Set<String> = []
        for period in periods {
            for row in period.table("wards")?.rows ?? [] where seenWards.insert(row[0].csvText).inserted { wards.append(row[0].csvText) }
            for row in period.table("localities")?.rows ?? [] where seenLocalities.insert(row[0].csvText).inserted { localities.append(row[0].csvText) }
        }
        wardSlugs = Dictionary(uniqueKeysWithValues: zip(wards, Slug.distinct(wards)))
        var rows: [PeriodName: [String: Int]] = [:]
        for period in periods {
            var index: [String: Int] = [:]
            for (row, values) in (period.table("wards")?.rows ?? []).enumerated() { index[values[0].csvText] = row }
            rows[period.period] = index
        }
        wardRows = rows
        localitySlugs = Dictionary(uniqueKeysWithValues: zip(localities, Slug.distinct(localities)))
    }

    public func previous(_ period: PublishedPeriod) -> PublishedPeriod? {
        periods.last { $0.period < period.period }
    }

    public func history(upTo period: PublishedPeriod) -> [PublishedPeriod] {
        periods.filter { $0.period <= period.period }
    }

    func wardRow(_ ward: String, in period: PeriodName) -> Int? { wardRows[period]?[ward] }

    public func chart(_ name: String, of period: PeriodName) -> ChartReference? {
        charts[period]?.first { $0.name == name }
    }
}
