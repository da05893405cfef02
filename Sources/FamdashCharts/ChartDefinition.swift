import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// What a chart is drawn from: the period's published figures and those of every quarter up
/// to it (never later ones, so a quarter's charts do not change when the next arrives).
public struct ChartContext: Sendable {
    public let period: PublishedPeriod
    /// Every published quarter up to and including `period`, oldest first.
    public let history: [PublishedPeriod]
    public let settings: Settings
    /// The ward map's shapes and the ward pages they link to, when boundaries are given.
    public let geography: ChartGeography?

    public init(period: PublishedPeriod, history: [PublishedPeriod], settings: Settings, geography: ChartGeography? = nil) {
        self.period = period
        self.history = history.filter { $0.period <= period.period }
        self.settings = settings
        self.geography = geography
    }

    /// "July to September 2013 (2013/14 Q2)".
    public var quarter: String { "\(period.period.monthsLabel) (\(period.period.financialLabel))" }
}

/// One chart (or one per measure), declared in one file: its file name and how it is built
/// from published figures. `PeriodCharts.all` lists them.
public protocol ChartDefinition {
    /// The file name (`families-by-ward`), or its prefix for one chart per measure.
    static var name: String { get }
    static func charts(_ context: ChartContext) -> [Chart]
}

/// Every chart of a period, in the order they are drawn.
public enum PeriodCharts {
    /// Ranked charts show this many rows at most; the tables list them all.
    public static let maximumRows = 30

    public static let all: [any ChartDefinition.Type] = [
        FamiliesByWardChart.self, PeopleByWardChart.self, FamiliesByLocalityChart.self, RAGByMeasureChart.self,
        AgeBandsChart.self, AgeDetailChart.self, AllocationsByAgencyChart.self, AllocationStatusByWardChart.self, RolloutStatusChart.self,
        HeadlineTrendChart.self, RAGTrendChart.self, RAGMovementChart.self, WardComparisonChart.self, WardMapChart.self,
        OutcomeFunnelChart.self, EligibilityTrendChart.self,
    ]

    public static func charts(for period: PublishedPeriod, history: [PublishedPeriod], settings: Settings,
                              geography: ChartGeography? = nil) -> [Chart] {
        let context = ChartContext(period: period, history: history, settings: settings, geography: geography)
        return all.flatMap { $0.charts(context) }
    }
}
