import FamdashModel

/// The outcome plan worked through one quarter: per outcome, who qualifies, to whom it applies,
/// who has the current value recorded, progress, and progress sustained over the quarters
/// before; and who is eligible for a results claim. One pass over the families; each family's
/// runs of progress from the quarter before come by family id through `PreviousQuarter`
/// (never published).
public struct OutcomeQuarter: Sendable {
    public struct Tally: Sendable, Equatable {
        public var families = 0, applies = 0, recorded = 0, progress = 0, sustained = 0
        public init(families: Int = 0, applies: Int = 0, recorded: Int = 0, progress: Int = 0, sustained: Int = 0) {
            (self.families, self.applies, self.recorded, self.progress, self.sustained) = (families, applies, recorded, progress, sustained)
        }
    }

    public let period: PeriodName
    /// Per outcome, in programme order.
    public private(set) var tallies: [Tally]
    public private(set) var eligibleNotClaimed = 0
    public private(set) var eligibleClaimed = 0
    public private(set) var claimedNotEligible = 0
    /// Per family (period order), per outcome: the quarters in a row up to this one with
    /// progress (0 without; saturating at 255). Kept for the next quarter by `PreviousQuarter`.
    public let runs: [UInt8]

    /// - Parameter previous: the quarter before, if it was read; a run continues only from the
    ///   calendar quarter just before (a missing folder breaks every run).
    public init(_ period: Period, settings: Settings, previous: PreviousQuarter?) {
        self.period = period.name
        let rules = settings.outcomes.map(CompactRule.init)
        let count = rules.count
        let measureCount = settings.measures.count
        let adjacent = previous.map { Self.quarterAfter($0.name) == period.name && $0.snapshot.outcomes == count } ?? false
        let before = adjacent ? previous?.snapshot : nil
        let offset = before?.measures ?? 0
        let end = period.name.endDay
        var outcomesOf = Array(repeating: [Int](), count: measureCount)
        for (index, rule) in rules.enumerated() where rule.measure < measureCount { outcomesOf[rule.measure].append(index) }
        let alone = rules.indices.filter { rules[$0].alone }

        var tallies = Array(repeating: Tally(), count: count)
        var runs = Array(repeating: UInt8(0), count: count * period.families.count)
        var applies = Array(repeating: false, count: count)
        var sustained = Array(repeating: false, count: count)
        let values = period.indicators.values
        for (index, family) in period.families.enumerated() {
            let previousRuns = before?.statuses[family.id]
            let base = index * count
            for o in 0..<count {
                applies[o] = false
                sustained[o] = false
                let rule = rules[o]
                guard rule.measure < family.qualifies.count, family.qualifies[rule.measure] else { continue }
                tallies[o].families += 1
                let baseline = values[(base + o) * 2], current = values[(base + o) * 2 + 1]
                guard rule.applies(baseline) else { continue }
                applies[o] = true
                tallies[o].applies += 1
                guard current != Indicators.notRecorded else { continue }
                tallies[o].recorded += 1
                guard rule.progress(baseline, current) else { continue }
                tallies[o].progress += 1
                let last = previousRuns.map { $0[offset + o] } ?? 0
                let run = last == 255 ? 255 : last + 1
                runs[base + o] = run
                if Int(run) >= rule.needed {
                    sustained[o] = true
                    tallies[o].sustained += 1
                }
            }

            // Eligible: green with every applying outcome sustained on each measure it qualifies
            // under (at least one), or an `alone` outcome sustained.
            var eligible = alone.contains { sustained[$0] }
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
