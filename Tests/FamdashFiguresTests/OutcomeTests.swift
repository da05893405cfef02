import FamdashModel
import Testing
@testable import FamdashFigures

/// Worcestershire's plan (2015/16), worked by hand on a few families.
@Suite("outcome plans: progress, sustained, eligibility")
struct OutcomeTests {
    static let measures = [Measure(key: "crime", label: "Crime"), Measure(key: "education", label: "Education"),
                           Measure(key: "employment", label: "Employment")]
    static let offending = OutcomeRule(key: "offending", measure: 0, label: "33% fewer proven offences",
                                       rule: .reduce(byPctTenths: 330, baselineMonths: 12, currentMonths: 6), baseline: "before", current: "after")
    static let attendance = OutcomeRule(key: "attendance", measure: 1, label: "Absence under 15%", rule: .below(150), current: "absence")
    static let work = OutcomeRule(key: "work", measure: 2, label: "26 of 30 weeks", rule: .atLeast(260), current: "weeks", alone: true)
    static let settings = Settings(name: "Test", measures: measures, minCount: 0, outcomes: [offending, attendance, work])

    /// One family: qualifying flags, RAG, and (baseline, current) per outcome in tenths (nil: not recorded).
    struct Row {
        var id: String
        var qualifies: [Bool]
        var rag: [RAG?]
        var values: [(Int64?, Int64?)]
        var claimed: Day? = nil
    }

    static func period(_ name: PeriodName, _ rows: [Row]) -> Period {
        var period = Period(name: name, families: rows.map {
            Family(id: $0.id, ward: nil, qualifies: $0.qualifies, rag: $0.rag, allocation: .allocated, claimedOn: $0.claimed)
        })
        var indicators = Indicators(outcomes: 3)
        for row in rows { for (b, c) in row.values { indicators.values += [b ?? Indicators.notRecorded, c ?? Indicators.notRecorded] } }
        period.indicators = indicators
        return period
    }

    static let none: (Int64?, Int64?) = (nil, nil)

    @Test("reduce at exactly 33%: 33.5 offences in 6 months against 100 in 12 is progress; 33.6 is not")
    func reduceBoundary() {
        #expect(Self.offending.progress(baseline: 1000, current: 335))
        #expect(!Self.offending.progress(baseline: 1000, current: 336))
    }

    @Test("reduce compares rates per month: 12 in 12 months then 4 in 6 is 33.3% fewer; 5 in 6 is only 16.7% fewer")
    func reduceRates() {
        #expect(Self.offending.progress(baseline: 120, current: 40))
        // As raw counts 5 is 58% fewer than 12; per month it is 0.83 against 1.
        #expect(!Self.offending.progress(baseline: 120, current: 50))
        // A baseline of 0 offences: the outcome does not apply.
        #expect(!Self.offending.applies(baseline: 0))
        #expect(!Self.offending.applies(baseline: nil))
        #expect(Self.attendance.applies(baseline: nil))
    }

    @Test("below is strict, at_least is not; step_down needs a later status in order")
    func thresholds() {
        #expect(Self.attendance.progress(baseline: nil, current: 149))
        #expect(!Self.attendance.progress(baseline: nil, current: 150))
        #expect(Self.work.progress(baseline: nil, current: 260))
        let step = OutcomeRule(key: "s", measure: 0, label: "s", rule: .stepDown(order: ["cp", "cin", "none"]), baseline: "a", current: "b")
        #expect(step.progress(baseline: 0, current: 1))
        #expect(!step.progress(baseline: 1, current: 1))
    }

    /// Attendance progress in each listed quarter for family A.
    func runs(_ quarters: [(PeriodName, Bool)]) -> [Int] {
        var previous: PreviousQuarter?
        var sustained: [Int] = []
        for (name, progress) in quarters {
            let row = Row(id: "A", qualifies: [false, true, false], rag: [nil, .green, nil], values: [Self.none, (nil, progress ? 100 : 200), Self.none])
            let period = Self.period(name, [row])
            let quarter = OutcomeQuarter(period, settings: Self.settings, previous: previous)
            sustained.append(quarter.tallies[1].sustained)
            previous = PreviousQuarter(period, measures: 3, outcomes: quarter)
        }
        return sustained
    }

    @Test("sustained over 6 months: this quarter and the two before; a missing quarter folder breaks the run")
    func missingQuarter() {
        let q = { (y: Int, n: Int) in PeriodName(year: y, quarter: n) }
        #expect(runs([(q(2013, 1), true), (q(2013, 2), true), (q(2013, 3), true), (q(2014, 1), true), (q(2014, 2), true), (q(2014, 3), true)])
                == [0, 0, 1, 0, 0, 1])
    }

    @Test("a lapse in progress starts the run again")
    func lapse() {
        let q = { (n: Int) in PeriodName(year: 2013, quarter: n) }
        #expect(runs([(q(1), true), (q(2), false), (q(3), true), (q(4), true)]) == [0, 0, 0, 0])
        #expect(runs([(q(1), true), (q(2), true), (q(3), true), (q(4), false)]) == [0, 0, 1, 0])
    }

    @Test("eligibility: G on every problem is not enough when one applying outcome is not sustained; alone = true is")
    func eligibility() {
        let q2 = PeriodName(year: 2013, quarter: 2), q3 = PeriodName(year: 2013, quarter: 3), q4 = PeriodName(year: 2013, quarter: 4)
        let good: (Int64?, Int64?) = (120, 40), bad: (Int64?, Int64?) = (120, 100)
        // B: crime and education, G on both, offending sustained, attendance progress only this quarter.
        // C: crime and education, G on both, both sustained, claimed in Q3 (before this quarter).
        // D: employment only, R, work sustained (alone): eligible, claimed this quarter.
        // E: crime, G, offending sustained but never claimed... then F: claimed this quarter, not eligible.
        func rows(_ now: Bool) -> [Row] {
            [Row(id: "B", qualifies: [true, true, false], rag: [.green, .green, nil], values: [good, (nil, now ? 100 : 200), Self.none]),
             Row(id: "C", qualifies: [true, true, false], rag: [.green, .green, nil], values: [good, (nil, 100), Self.none], claimed: Day(year: 2013, month: 8, day: 1)),
             Row(id: "D", qualifies: [false, false, true], rag: [nil, nil, .red], values: [Self.none, Self.none, (nil, 270)], claimed: Day(year: 2013, month: 11, day: 1)),
             Row(id: "E", qualifies: [true, false, false], rag: [.green, nil, nil], values: [good, Self.none, Self.none]),
             Row(id: "F", qualifies: [true, false, false], rag: [.amber, nil, nil], values: [bad, Self.none, Self.none], claimed: Day(year: 2013, month: 12, day: 31))]
        }
        var previous: PreviousQuarter?
        var third: OutcomeQuarter?
        for (name, now) in [(q2, false), (q3, false), (q4, true)] {
            let period = Self.period(name, rows(now))
            let quarter = OutcomeQuarter(period, settings: Self.settings, previous: previous)
            previous = PreviousQuarter(period, measures: 3, outcomes: quarter)
            third = quarter
        }
        guard let third else { return }
        // Eligible in Q4: C (claimed), D (claimed), E (not claimed); B is not (attendance run of 1); F is claimed in Q4, not eligible.
        #expect([third.eligibleNotClaimed, third.eligibleClaimed, third.claimedNotEligible] == [1, 2, 1])
        #expect(third.tallies[0] == OutcomeQuarter.Tally(families: 4, applies: 4, recorded: 4, progress: 3, sustained: 3))
        #expect(third.tallies[1] == OutcomeQuarter.Tally(families: 2, applies: 2, recorded: 2, progress: 2, sustained: 1))
        #expect(third.tallies[2] == OutcomeQuarter.Tally(families: 1, applies: 1, recorded: 1, progress: 1, sustained: 1))
    }
}
