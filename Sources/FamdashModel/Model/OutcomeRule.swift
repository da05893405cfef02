/// One entry of a phase 2 outcome plan (`[[outcomes]]`): the evidence of significant progress
/// on one headline problem, read from indicator columns of families.csv.
public struct OutcomeRule: Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
        /// At least `byPctTenths` / 10 % lower than the baseline, as a rate per month.
        case reduce(byPctTenths: Int, baselineMonths: Int, currentMonths: Int)
        /// current < threshold, current <= threshold, current >= threshold (tenths).
        case below(Int), atMost(Int), atLeast(Int)
        /// The current status comes strictly later in `order` than the baseline.
        case stepDown(order: [String])

        public var name: String {
            switch self {
            case .reduce: "reduce"
            case .below: "below"
            case .atMost: "at_most"
            case .atLeast: "at_least"
            case .stepDown: "step_down"
            }
        }
    }

    public var key: String
    /// Index into `Settings.measures`.
    public var measure: Int
    public var label: String
    public var rule: Rule
    /// families.csv columns; `baseline` is required for reduce and step_down, optional otherwise.
    public var baseline: String?
    public var current: String
    /// A multiple of 3.
    public var sustainedMonths: Int
    /// On its own, sustained progress on this outcome makes a family eligible.
    public var alone: Bool

    public init(key: String, measure: Int, label: String, rule: Rule, baseline: String? = nil, current: String,
                sustainedMonths: Int = 6, alone: Bool = false) {
        self.key = key
        self.measure = measure
        self.label = label
        self.rule = rule
        self.baseline = baseline
        self.current = current
        self.sustainedMonths = sustainedMonths
        self.alone = alone
    }

    /// Quarters before the current one that progress must also hold in.
    public var quartersBefore: Int { sustainedMonths / 3 }

    /// Whether the rule holds on one row: values in tenths (step_down: places in `order`).
    public func progress(baseline: Int64?, current: Int64) -> Bool {
        switch rule {
        case let .reduce(byPct, baselineMonths, currentMonths):
            guard let baseline else { return false }
            // current x bm x 100 <= baseline x cm x (100 - by_pct), with by_pct in tenths.
            return current * Int64(baselineMonths) * 1000 <= baseline * Int64(currentMonths) * Int64(1000 - byPct)
        case .below(let threshold): return current < Int64(threshold)
        case .atMost(let threshold): return current <= Int64(threshold)
        case .atLeast(let threshold): return current >= Int64(threshold)
        case .stepDown:
            guard let baseline else { return false }
            return current > baseline
        }
    }

    /// Whether the outcome applies given the baseline cell: recorded where the rule has a
    /// baseline, and above 0 for reduce.
    public func applies(baseline: Int64?) -> Bool {
        guard self.baseline != nil else { return true }
        guard let baseline else { return false }
        if case .reduce = rule { return baseline > 0 }
        return true
    }
}
