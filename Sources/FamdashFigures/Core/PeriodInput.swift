import FamdashModel

/// Everything a period's tables are computed from: the programme, the quarter's families, and
/// what is carried over from the quarter before. Tallies that several tables share are counted
/// once, here.
public struct PeriodInput: Sendable {
    public let settings: Settings
    public let areas: Areas
    public let period: Period
    /// The quarter before, when there is one (movement compares with it).
    public let previous: PreviousQuarter?
    /// Families, people and allocation status by ward.
    public let wards: WardTallies
    /// Families by rollout group; nil when no quarter of the programme records a group.
    public let rollout: RolloutTallies?
    /// Payment by results; nil without `[finance]`.
    public let finance: FinanceTally?
    /// The outcome plan worked through this quarter; nil without `[[outcomes]]`.
    public let outcomes: OutcomeQuarter?

    /// - Parameter rolloutEverywhere: some quarter of the programme records rollout groups, so
    ///   this one publishes the rollout tables too (DATA.md: "any family in any period").
    public init(settings: Settings, areas: Areas, period: Period, previous: PreviousQuarter? = nil, rolloutEverywhere: Bool = false,
                outcomes: OutcomeQuarter? = nil) {
        self.settings = settings
        self.areas = areas
        self.period = period
        self.previous = previous
        wards = WardTallies(period: period, areas: areas)
        rollout = rolloutEverywhere || period.hasRolloutGroups ? RolloutTallies(period: period) : nil
        finance = settings.finance.map { FinanceTally(finance: $0, period: period) }
        // Without the quarters before, a plan still gives this quarter's figures (runs start here).
        self.outcomes = settings.outcomes.isEmpty ? nil : outcomes ?? OutcomeQuarter(period, settings: settings, previous: previous)
    }
}

/// Per ward (areas order, then Unidentified when any family has no ward): the counts that
/// wards.csv, localities.csv, ward-allocations.csv and the summary share.
public struct WardTallies: Sendable {
    public struct Tally: Sendable {
        public var families = 0, people = 0, allocated = 0, claimed = 0, notToBeAllocated = 0, yetToBeAllocated = 0
    }

    /// Row keys in published order: `.ward(i)` for every ward, then `.unidentified` if present.
    public let keys: [RowKey]
    private let tallies: [Tally]
    private let wardCount: Int

    init(period: Period, areas: Areas) {
        wardCount = areas.wards.count
        var tallies = Array(repeating: Tally(), count: wardCount + 1)
        let end = period.name.endDay
        for family in period.families {
            let slot = family.ward ?? wardCount
            tallies[slot].families += 1
            tallies[slot].people += family.people
            switch family.allocation {
            case .allocated: tallies[slot].allocated += 1
            case .notToBeAllocated: tallies[slot].notToBeAllocated += 1
            case .yetToBeAllocated: tallies[slot].yetToBeAllocated += 1
            }
            if family.hasClaim(by: end) { tallies[slot].claimed += 1 }
        }
        self.tallies = tallies
        var keys = (0..<wardCount).map(RowKey.ward)
        if tallies[wardCount].families > 0 { keys.append(.unidentified) }
        self.keys = keys
    }

    public subscript(key: RowKey) -> Tally {
        switch key {
        case .ward(let index) where index < wardCount: tallies[index]
        case .unidentified: tallies[wardCount]
        default: Tally()
        }
    }

    public var total: Tally {
        tallies.reduce(into: Tally()) { sum, ward in
            sum.families += ward.families
            sum.people += ward.people
            sum.allocated += ward.allocated
            sum.claimed += ward.claimed
            sum.notToBeAllocated += ward.notToBeAllocated
            sum.yetToBeAllocated += ward.yetToBeAllocated
        }
    }
}

extension Areas {
    /// The published name of a ward row.
    public func wardName(_ key: RowKey) -> String {
        if case .ward(let index) = key, index < wards.count { return wards[index].name }
        return PublishedNames.unidentified
    }

    /// The locality row a ward row belongs to.
    public func localityKey(ofWard key: RowKey) -> RowKey {
        if case .ward(let index) = key, index < wards.count { return .locality(wards[index].locality) }
        return .unidentified
    }
}

/// Names DATA.md gives to rows that stand for "not recorded".
public enum PublishedNames {
    public static let unidentified = "Unidentified"
    public static let notRecorded = "Not recorded"
    /// A comparison that cannot be made public: its counts are withheld, or there are none.
    public static let notCompared = "[x]"
}
