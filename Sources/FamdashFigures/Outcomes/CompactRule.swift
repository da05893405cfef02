import FamdashModel

/// An outcome rule as plain numbers, for the pass over every family: no strings or arrays to
/// retain per family.
struct CompactRule {
    enum Kind: UInt8 { case reduce, below, atMost, atLeast, stepDown }
    let kind: Kind
    let measure: Int
    let hasBaseline: Bool
    /// reduce: baseline_months x 1000, current_months x (1000 - by_pct tenths); else the threshold.
    let a: Int64, b: Int64
    /// Quarters of progress in a row that count as sustained.
    let needed: Int
    let alone: Bool

    init(_ rule: OutcomeRule) {
        measure = rule.measure
        hasBaseline = rule.baseline != nil
        needed = rule.quartersBefore + 1
        alone = rule.alone
        switch rule.rule {
        case let .reduce(byPct, baselineMonths, currentMonths):
            kind = .reduce
            a = Int64(baselineMonths) * 1000
            b = Int64(currentMonths) * Int64(1000 - byPct)
        case .below(let threshold): (kind, a, b) = (.below, Int64(threshold), 0)
        case .atMost(let threshold): (kind, a, b) = (.atMost, Int64(threshold), 0)
        case .atLeast(let threshold): (kind, a, b) = (.atLeast, Int64(threshold), 0)
        case .stepDown: (kind, a, b) = (.stepDown, 0, 0)
        }
    }

    /// As `OutcomeRule.applies`: a baseline recorded where the rule has one (above 0 for reduce).
    @inline(__always) func applies(_ baseline: Int64) -> Bool {
        guard hasBaseline else { return true }
        if baseline == Indicators.notRecorded { return false }
        return kind != .reduce || baseline > 0
    }

    /// As `OutcomeRule.progress`, with a recorded current value.
    @inline(__always) func progress(_ baseline: Int64, _ current: Int64) -> Bool {
        switch kind {
        case .reduce: baseline != Indicators.notRecorded && current * a <= baseline * b
        case .below: current < a
        case .atMost: current <= a
        case .atLeast: current >= a
        case .stepDown: baseline != Indicators.notRecorded && current > baseline
        }
    }
}
