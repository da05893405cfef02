/// What `programme.toml` says about the programme.
public struct Settings: Sendable, Equatable {
    public var name: String
    public var authority: String
    public var measures: [Measure]
    /// Counts 1..minCount-1 are suppressed; 0 turns disclosure control off.
    public var minCount: Int
    public var targets: [Target]
    public var finance: Finance?
    /// Published and next-update dates, contact (`ReleaseSettings`).
    public var release = ReleaseSettings()
    /// The phase 2 outcome plan (`[[outcomes]]`), in programme order; empty without one.
    public var outcomes: [OutcomeRule] = []

    public init(name: String, authority: String = "", measures: [Measure], minCount: Int = 5,
                targets: [Target] = [], finance: Finance? = nil, outcomes: [OutcomeRule] = []) {
        self.outcomes = outcomes
        self.name = name
        self.authority = authority
        self.measures = measures
        self.minCount = minCount
        self.targets = targets
        self.finance = finance
    }
}

/// A criterion (phase 1) or headline problem (phase 2); `key` names its two columns.
public struct Measure: Sendable, Equatable {
    public var key: String
    public var label: String
    /// The qualifying criterion as the programme's papers word it, for the methodology page.
    public var description: String?
    public init(key: String, label: String, description: String? = nil) {
        self.key = key
        self.label = label
        self.description = description
    }
}

/// Families to be worked with by a date.
public struct Target: Sendable, Equatable {
    public var by: Day
    public var families: Int
    public init(by: Day, families: Int) {
        self.by = by
        self.families = families
    }
}
