/// What `programme.toml` says about releases: when each quarter was (or is to be said to have
/// been) published, when the next one is due, and whom a reviewer asks. All optional.
public struct ReleaseSettings: Sendable, Equatable {
    /// `[release.published]`: a quarter's published date; a quarter not listed takes the date
    /// of the first build that published it (recorded in the site's manifest).
    public var published: [PeriodName: Day]
    /// `[release] next_update`: a day, or a month when the day is not fixed yet.
    public var nextUpdate: ReleaseDate?
    /// `contact`: a team, an address or a telephone number, shown on the methodology page.
    public var contact: String?

    public init(published: [PeriodName: Day] = [:], nextUpdate: ReleaseDate? = nil, contact: String? = nil) {
        self.published = published
        self.nextUpdate = nextUpdate
        self.contact = contact
    }
}

/// A planned release date: "2014-05-15" or, as statistics producers often announce, "2014-05".
public enum ReleaseDate: Sendable, Equatable {
    case day(Day)
    case month(year: Int, month: Int)

    public init?(parsing text: String) {
        if let day = Day(parsing: text), text.contains("-") {
            self = .day(day)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...9999).contains(year), (1...12).contains(month)
        else { return nil }
        self = .month(year: year, month: month)
    }

    /// "15 May 2014" or "May 2014".
    public var longText: String {
        switch self {
        case .day(let day): day.longText
        case let .month(year, month): "\(Day.monthNames[month - 1]) \(year)"
        }
    }
}
