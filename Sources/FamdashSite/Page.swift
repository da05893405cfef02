import FamdashModel

/// One page of the site before it is framed by the template: where it lives, what it is called,
/// where it sits in the navigation, and its main content as HTML.
public struct Page: Sendable {
    public enum Section: String, Sendable, CaseIterable {
        case overview = "Overview", boardPack = "Board report", wards = "Wards", localities = "Localities",
             measures = "Measures", people = "People", allocations = "Allocations", outcomes = "Outcomes and claims",
             trends = "Trends", data = "Data and methodology"

        /// Outcomes and claims exists only for a programme with payment by results or an outcome plan.
        public func applies(to settings: Settings) -> Bool {
            self != .outcomes || settings.finance != nil || !settings.outcomes.isEmpty
        }

        /// Path of the section's page inside a period folder.
        var path: String {
            switch self {
            case .overview: "index.html"
            case .boardPack: "board-pack.html"
            case .wards: "wards/index.html"
            case .localities: "localities/index.html"
            case .measures: "measures/index.html"
            case .people: "people.html"
            case .allocations: "allocations.html"
            case .outcomes: "outcomes.html"
            case .trends: "trends.html"
            case .data: "data.html"
            }
        }
    }

    public struct Crumb: Sendable {
        public var label: String
        /// Site-relative path; nil for the current page.
        public var path: String?
        public init(_ label: String, _ path: String? = nil) {
            self.label = label
            self.path = path
        }
    }

    /// Site-relative path ("2013-Q3/wards/abbey.html").
    public var path: String
    /// The page's own name ("Abbey ward"); the full title adds the quarter and programme.
    public var name: String
    public var period: PeriodName?
    public var section: Section?
    public var breadcrumbs: [Crumb]
    public var body: String
    /// The same page in the quarters before and after (site-relative), for the quarter
    /// switcher; `SitePages` fills them in.
    public var previousQuarter: Crumb?
    public var nextQuarter: Crumb?

    public init(path: String, name: String, period: PeriodName?, section: Section?, breadcrumbs: [Crumb], body: String) {
        self.path = path
        self.name = name
        self.period = period
        self.section = section
        self.breadcrumbs = breadcrumbs
        self.body = body
    }

    /// "../" once per folder between the page and the site's top.
    public var root: String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
