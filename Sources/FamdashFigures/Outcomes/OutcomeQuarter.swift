import FamdashModel

/// The outcome plan worked through one quarter: per outcome, who qualifies, to whom it applies,
/// who has the current value recorded, progress, and progress sustained over the quarters
/// before; and who is eligible for a results claim. One pass over the families, with the
/// previous quarter's runs of progress kept by family id (never published).
public struct OutcomeQuarter: Sendable {
    public struct Tally: Sendable, Equatable {
        public var families = 0, applies = 0, recorded = 0, progress = 0, sustained = 0
    }

    public let period: PeriodName
    /// Per outcome, in programme order.
    public private(set) var tallies: [Tally]
    public private(set) var eligibleNotClaimed = 0
    public private(set) var eligibleClaimed = 0
    public private(set) var claimedNotEligible = 0
    /// Per family with any progress: per outcome, the quarters in a row up to this one with
    /// progress (saturating at 255). Read by the next quarter only.
    let runs: [String: [UInt8]]

    /// - Parameter previous: the quarter before, if it was read; a run continues only from the
    ///   calendar quarter just before (a missing folder breaks every run).
    public init(_ period: Period, settings: Settings, previous: OutcomeQuarter?) {
        self.period = period.name
        let outcomes = settings.outcomes
        let count = outcomes.count
        let adjacent = previous.map { Self.quarterAfter($0.period) == period.name } ?? false
        let before = adjacent ? previous?.runs : nil
        let end = period.name.endDay
        let measureCount = settings.measures.count
        // Outcomes by measure, and which have a baseline column.
        var outcomesOf = Array(repeating: [Int](), count: measureCount)
        for (index, outcome) in outcomes.enumerated() where outcome.measure < measureCount { outcomesOf[outcome.measure].append(index) }
        let needed = outcomes.map { $0.quartersBefore + 1 }

        var tallies = Array(repeating: Tally(), count: count)
        var runs: [String: [UInt8]] = [:]
        var run = Array(repeating: UInt8(0), count: count)
        var applies = Array(repeating: false, count: count)
        var sustained = Array(repeating: false, count: count)
        let indicators = period.indicators
        for (index, family) in period.families.enumerated() {
            let previousRuns = before?[family.id]
            var any = false
            for (o, outcome) in outcomes.enumerated() {
                run[o] = 0
                applies[o] = false
                sustained[o] = false
                guard outcome.measure < family.qualifies.count, family.qualifies[outcome.measure] else { continue }
                tallies[o].families += 1
                let baseline = indicators.baseline(family: index, outcome: o)
                guard outcome.applies(baseline: baseline) else { continue }
                applies[o] = true
                tallies[o].applies += 1
                guard let current = indicators.current(family: index, outcome: o) else { continue }
                tallies[o].recorded += 1
                guard outcome.progress(baseline: baseline, current: current) else { continue }
                tallies[o].progress += 1
                let last = previousRuns?[o] ?? 0
                run[o] = last == 255 ? 255 : last + 1
                any = true
                if Int(run[o]) >= needed[o] {
                    sustained[o] = true
                    tallies[o].sustained += 1
                }
            }
            if any { runs[family.id] = run }

            // Eligible: green with every applying outcome sustained on each measure it qualifies
            // under (at least one), or an `alone` outcome sustained.
            var eligible = false
            for o in 0..<count where outcomes[o].alone && sustained[o] { eligible = true }
            if !eligible {
                var qualifiesAny = false
                eligible = true
                for measure in 0..<min(measureCount, family.qualifies.count) where family.qualifies[measure] {
                    qualifiesAny = true
                    if family.rag[measure] != .green || outcomesOf[measure].contains(where: { applies[$0] && !sustained[$0] }) {
                        eligible = false
                        break
                    }
                }
                eligible = eligible && qualifiesAny
            }
            let claimed = family.hasClaim(by: end)
            if eligible {
                if claimed { eligibleClaimed += 1 } else { eligibleNotClaimed += 1 }
            } else if claimed, let day = family.claimedOn, day.period == period.name {
                claimedNotEligible += 1
            }
        }
        self.tallies = tallies
        self.runs = runs
    }

    static func quarterAfter(_ name: PeriodName) -> PeriodName {
        name.quarter == 4 ? PeriodName(year: name.year + 1, quarter: 1) : PeriodName(year: name.year, quarter: name.quarter + 1)
    }
}
