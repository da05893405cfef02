import FamdashFigures
import FamdashModel

/// Publishes one period: its figures, every table made from them, and disclosure control over
/// all of them together. Charts and pages read only what this returns.
public struct PeriodPublisher: Sendable {
    public let settings: Settings
    public let areas: Areas
    /// Some quarter of the programme records rollout groups: every quarter publishes them.
    public var rolloutEverywhere: Bool

    public init(settings: Settings, areas: Areas, rolloutEverywhere: Bool = false) {
        self.settings = settings
        self.areas = areas
        self.rolloutEverywhere = rolloutEverywhere
    }

    /// The true figures of a period and the relations a reader has among them. Pure.
    /// - Parameter outcomes: the outcome plan worked through this quarter with the runs of the
    ///   quarters before (`OutcomeQuarter`, chained in period order); nil works it from this one.
    public func figures(_ period: Period, previous: PreviousQuarter?, outcomes: OutcomeQuarter? = nil) -> PeriodFigures {
        PeriodFigures(PeriodInput(settings: settings, areas: areas, period: period, previous: previous, rolloutEverywhere: rolloutEverywhere,
                                  outcomes: outcomes))
    }

    /// The figures as published: suppressed where disclosure control says.
    public func published(_ figures: PeriodFigures) throws(UnprotectableCells) -> PublishedPeriod {
        let suppression = try DisclosureControl.suppress(figures, minCount: settings.minCount)
        return PublishedPeriod(figures: figures, suppression: suppression, minCount: settings.minCount)
    }

    public func publish(_ period: Period, previous: PreviousQuarter?) throws(UnprotectableCells) -> PublishedPeriod {
        try published(figures(period, previous: previous))
    }
}
