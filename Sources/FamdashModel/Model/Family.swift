/// RAG progress status on one measure.
public enum RAG: UInt8, Sendable, CaseIterable {
    case red, amber, green
}

public enum Allocation: UInt8, Sendable, CaseIterable {
    case allocated, notToBeAllocated, yetToBeAllocated

    public var code: String {
        switch self {
        case .allocated: "allocated"
        case .notToBeAllocated: "not_to_be_allocated"
        case .yetToBeAllocated: "yet_to_be_allocated"
        }
    }
}

/// The tiered intervention model.
public enum Level: UInt8, Sendable, CaseIterable {
    case high, medium, low
}

/// One family of the cohort at the end of a quarter. `id` is pseudonymous and never published:
/// it is kept only to match families across quarters.
public struct Family: Sendable {
    public var id: String
    /// Index into `Areas.wards`; nil when the ward is not recorded ("Unidentified").
    public var ward: Int?
    /// Per measure, in programme order: does the family qualify?
    public var qualifies: [Bool]
    /// Per measure: RAG status, nil when not assessed (always nil where not qualifying).
    public var rag: [RAG?]
    public var allocation: Allocation
    /// Index into `Period.agencies`; nil when not recorded.
    public var leadAgency: Int?
    public var level: Level?
    public var rolloutGroup: Int?
    public var identifiedOn: Day?
    public var allocatedOn: Day?
    public var claimedOn: Day?
    /// Index into `Finance.claims` (nil without `[[finance.claims]]` or without a claim).
    public var claimType: Int?
    /// Rows in people.csv for this family.
    public var people: Int = 0

    public init(id: String, ward: Int?, qualifies: [Bool], rag: [RAG?], allocation: Allocation,
                leadAgency: Int? = nil, level: Level? = nil, rolloutGroup: Int? = nil,
                identifiedOn: Day? = nil, allocatedOn: Day? = nil, claimedOn: Day? = nil, claimType: Int? = nil, people: Int = 0) {
        self.claimType = claimType
        self.id = id
        self.ward = ward
        self.qualifies = qualifies
        self.rag = rag
        self.allocation = allocation
        self.leadAgency = leadAgency
        self.level = level
        self.rolloutGroup = rolloutGroup
        self.identifiedOn = identifiedOn
        self.allocatedOn = allocatedOn
        self.claimedOn = claimedOn
        self.people = people
    }

    /// A claim made on or before `day` (a claim dated after the quarter is not yet made).
    public func hasClaim(by day: Day) -> Bool {
        guard let claimedOn else { return false }
        return claimedOn <= day
    }
}
