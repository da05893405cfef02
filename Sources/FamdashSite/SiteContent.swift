import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Everything the pages are drawn from: settings, every period's published figures (never raw
/// counts), the charts drawn for each period, and stable file names for wards and localities.
public struct SiteContent: Sendable {
    public var context: SiteContext
    public var periods: [PublishedPeriod]
    /// Chart references by period.
    public var charts: [PeriodName: [ChartReference]]
    /// Each quarter's revisions.csv rows, oldest first (none for a quarter never revised).
    public var revisions: [PeriodName: [Revision]] = [:]
    /// Each quarter's input warnings, counted by kind, for the data quality notes.
    public var qualityNotes: [PeriodName: [QualityNote]] = [:]
    public let wardSlugs: [String: String]
    public let localitySlugs: [String: String]

    public init(context: SiteContext, periods: [PublishedPeriod], charts: [PeriodName: [ChartReference]]) {
        self.context = context
        self.periods = periods
        self.charts = charts
        // Names come from every period, in order of appearance, so slugs never change as
        // quarters are added (permanent addresses).
        var wards: [String] = [], localities: [String] = []
        var seenWards: Set<String> = [], seenLocalities: Set<String> = []
        for period in periods {
            for row in period.table(WardsTable.self)?.rows ?? [] where seenWards.insert(row.text(.ward)).inserted { wards.append(row.text(.ward)) }
            for row in period.table(LocalitiesTable.self)?.rows ?? [] where seenLocalities.insert(row.text(.locality)).inserted {
                localities.append(row.text(.locality))
            }
        }
        wardSlugs = Dictionary(uniqueKeysWithValues: zip(wards, Slug.distinct(wards)))
        localitySlugs = Dictionary(uniqueKeysWithValues: zip(localities, Slug.distinct(localities)))
    }

    public func previous(_ period: PublishedPeriod) -> PublishedPeriod? {
        periods.last { $0.period < period.period }
    }

    public func history(upTo period: PublishedPeriod) -> [PublishedPeriod] {
        periods.filter { $0.period <= period.period }
    }

    public func chart(_ name: String, of period: PeriodName) -> ChartReference? {
        charts[period]?.first { $0.name == name }
    }
}
