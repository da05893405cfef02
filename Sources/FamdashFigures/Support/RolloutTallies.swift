import FamdashModel

/// Families by rollout group (the multi-agency meetings that reviewed them), the counts that
/// rollout.csv and rollout-agencies.csv share. Rows: each group number of the quarter
/// ascending, then Not rolled out when some family has no group.
public struct RolloutTallies: Sendable {
    public struct Tally: Sendable {
        public var allocated = 0, claimed = 0, notToBeAllocated = 0, yetToBeAllocated = 0
        /// Allocated families by lead agency (index into `Period.agencies`; nil: not recorded).
        public var byAgency: [Int?: Int] = [:]
    }

    public let keys: [RowKey]
    private let tallies: [RowKey: Tally]

    init(period: Period) {
        var tallies: [RowKey: Tally] = [:]
        let end = period.name.endDay
        for family in period.families {
            let key = family.rolloutGroup.map(RowKey.rolloutGroup) ?? .notRecorded
            // In place: a copied Tally would copy its agency dictionary once per family.
            switch family.allocation {
            case .allocated:
                tallies[key, default: Tally()].allocated += 1
                tallies[key, default: Tally()].byAgency[family.leadAgency, default: 0] += 1
            case .notToBeAllocated: tallies[key, default: Tally()].notToBeAllocated += 1
            case .yetToBeAllocated: tallies[key, default: Tally()].yetToBeAllocated += 1
            }
            if family.hasClaim(by: end) { tallies[key, default: Tally()].claimed += 1 }
        }
        self.tallies = tallies
        let groups = tallies.keys.compactMap { key -> Int? in if case .rolloutGroup(let group) = key { group } else { nil } }.sorted()
        keys = groups.map(RowKey.rolloutGroup) + (tallies[.notRecorded] == nil ? [] : [.notRecorded])
    }

    public subscript(key: RowKey) -> Tally { tallies[key] ?? Tally() }

    /// The published label of a group row.
    public static func label(_ key: RowKey) -> String {
        if case .rolloutGroup(let group) = key { return String(group) }
        return notRolledOut
    }

    public static let notRolledOut = "Not rolled out"
}
