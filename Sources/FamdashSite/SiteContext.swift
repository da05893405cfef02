import FamdashModel

/// What every page needs to know besides its own figures.
public struct SiteContext: Sendable {
    public var settings: Settings
    /// Every period of the site, oldest first.
    public var periods: [PeriodName]
    /// "23 November 2026": when the site was generated (from SOURCE_DATE_EPOCH when set).
    public var generatedOn: String
    public var version: String
    /// Each quarter's published date: programme.toml's, else the first build's (the manifest).
    public var published: [PeriodName: Day] = [:]

    public init(settings: Settings, periods: [PeriodName], generatedOn: String, version: String) {
        self.settings = settings
        self.periods = periods
        self.generatedOn = generatedOn
        self.version = version
    }

    public var current: PeriodName? { periods.last }

    public func measureLabel(_ key: String) -> String {
        settings.measures.first { $0.key == key }?.label ?? key
    }
}
