/// One quarterly snapshot: the cohort at the end of the quarter and its members' ages.
public struct Period: Sendable {
    public var name: PeriodName
    public var families: [Family]
    /// Lead agency names as written (trimmed), indexed by `Family.leadAgency`.
    public var agencies: [String]
    /// People by single year of age, 0...120.
    public var peopleByAge: [Int]
    public var peopleWithUnknownAge: Int
    /// The outcome plan's indicator cells, family by family: per outcome its baseline then its
    /// current value, in tenths (step_down: the place in `order`); `Indicators.notRecorded`
    /// where empty. Kept in memory only, like family_id.
    public var indicators = Indicators(outcomes: 0)
    /// Digest of the period's input files (`ContentHash`), for incremental builds.
    public var sourceDigest = ""

    public init(name: PeriodName, families: [Family], agencies: [String] = [],
                peopleByAge: [Int] = Array(repeating: 0, count: 121), peopleWithUnknownAge: Int = 0) {
        self.name = name
        self.families = families
        self.agencies = agencies
        self.peopleByAge = peopleByAge
        self.peopleWithUnknownAge = peopleWithUnknownAge
    }

    public var people: Int { peopleByAge.reduce(peopleWithUnknownAge, +) }

    public var hasRolloutGroups: Bool { families.contains { $0.rolloutGroup != nil } }
}

/// A calendar quarter named `YYYY-Qn`.
public struct PeriodName: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var quarter: Int

    public init(year: Int, quarter: Int) {
        self.year = year
        self.quarter = quarter
    }

    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q"),
              let year = Int(text.prefix(4)), bytes[0...3].allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let quarter = Int(text.suffix(1)), (1...4).contains(quarter),
              InputLimits.periodYears.contains(year)
        else { return nil }
        self.init(year: year, quarter: quarter)
    }

    public var description: String { "\(year)-Q\(quarter)" }

    public static func < (lhs: PeriodName, rhs: PeriodName) -> Bool {
        (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter)
    }

    /// "July to September 2013".
    public var monthsLabel: String {
        let names = ["January to March", "April to June", "July to September", "October to December"]
        return "\(names[quarter - 1]) \(year)"
    }

    /// The UK financial year label: calendar Q3 2013 is "2013/14 Q2".
    public var financialLabel: String {
        let startYear = quarter == 1 ? year - 1 : year
        let financialQuarter = quarter == 1 ? 4 : quarter - 1
        let nextYear = (startYear + 1) % 100
        return "\(startYear)/\(nextYear < 10 ? "0" : "")\(nextYear) Q\(financialQuarter)"
    }

    /// The last day of the quarter.
    public var endDay: Day {
        let month = quarter * 3
        // Period folder names are checked (`InputLimits.periodYears`); a quarter worked out
        // beyond them (the one before the first) still has an end, never a trap.
        return Day(year: min(max(year, 1), 9999), month: month, day: Day.daysInMonth(year: year, month: month)) ?? Day(year: 9999, month: 12, day: 31)!
    }
}

/// Indicator values of every family, flat: two cells per outcome per family.
public struct Indicators: Sendable {
    public static let notRecorded = Int64.min
    public let outcomes: Int
    public var values: [Int64] = []

    public init(outcomes: Int) { self.outcomes = outcomes }

    public func baseline(family: Int, outcome: Int) -> Int64? {
        let value = values[(family * outcomes + outcome) * 2]
        return value == Self.notRecorded ? nil : value
    }

    public func current(family: Int, outcome: Int) -> Int64? {
        let value = values[(family * outcomes + outcome) * 2 + 1]
        return value == Self.notRecorded ? nil : value
    }
}
