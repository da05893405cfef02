import FamdashModel

/// The phase 2 sample's outcome plan (after Worcestershire's 2015/16 plan) and its indicator
/// columns: a baseline fixed per family, current values that improve after allocation, a few
/// cells not recorded, and progress that lapses now and then.
enum SampleOutcomes {
    static let header = ",offences_before,offences_last_6m,absence_pct,status_start,status_now,weeks_worked_of_30,dv_incidents_before,dv_incidents_6m"
    static let statuses = ["lac", "cp", "cin", "early_help", "none"]

    static let plan = """

    [[outcomes]]
    key = "offending"
    measure = "crime"
    label = "33% fewer proven offences"
    rule = "reduce"
    baseline = "offences_before"
    current = "offences_last_6m"
    by_pct = 33
    baseline_months = 12
    current_months = 6

    [[outcomes]]
    key = "attendance"
    measure = "education"
    label = "Unauthorised absence under 15% over three terms"
    rule = "below"
    current = "absence_pct"
    threshold = 15

    [[outcomes]]
    key = "safeguarding"
    measure = "children"
    label = "Step down of safeguarding"
    rule = "step_down"
    baseline = "status_start"
    current = "status_now"
    order = ["lac", "cp", "cin", "early_help", "none"]

    [[outcomes]]
    key = "work"
    measure = "worklessness"
    label = "Continuous employment: 26 of the last 30 weeks"
    rule = "at_least"
    current = "weeks_worked_of_30"
    threshold = 26
    alone = true

    [[outcomes]]
    key = "domestic_abuse"
    measure = "domestic_abuse"
    label = "No police call-outs for domestic abuse in 6 months"
    rule = "at_most"
    baseline = "dv_incidents_before"
    current = "dv_incidents_6m"
    threshold = 0
    sustained_months = 3

    """

    /// The indicator cells of one family in one quarter (phase 2 measures: crime, education,
    /// children, worklessness, domestic_abuse, health).
    static func append(_ family: SampleFamily, into buffer: inout ByteBuffer) {
        var fixed = SampleRandom(seed: family.seed &+ 77, family.index)
        var now = SampleRandom(seed: family.seed &+ 78, family.index, family.quarter)
        let improvement = family.allocatedQuarter.map { max(0, family.start + family.quarter - $0) } ?? 0
        let lapse = now.chance(12)
        let step = lapse ? 0 : improvement
        func missing() -> Bool { now.chance(6) }
        func cell(_ text: String?) {
            buffer.append(",")
            if let text { buffer.append(text) }
        }
        let q = family.qualifies
        // Crime: proven offences in the 12 months before, and in the last 6.
        let offences = 2 + fixed.below(10)
        let baselineMissing = fixed.chance(4)
        cell(q[0] && !baselineMissing ? String(offences) : nil)
        cell(q[0] && !missing() ? String(max(0, offences / 2 + 1 - step)) : nil)
        // Education: unauthorised absence over three terms, in tenths of a percent.
        let absence = 200 + fixed.below(250)
        let absenceNow = max(20, absence - step * (30 + fixed.below(50)))
        cell(q[1] && !missing() ? "\(absenceNow / 10).\(absenceNow % 10)" : nil)
        // Children: safeguarding status at the start and now.
        let status = fixed.below(3)
        cell(q[2] && !baselineMissing ? statuses[status] : nil)
        cell(q[2] && !missing() ? statuses[min(statuses.count - 1, status + step / 2)].uppercased() : nil)
        // Worklessness: weeks in work of the last 30.
        cell(q[3] && !missing() ? String(step >= 3 ? 26 + now.below(5) : now.below(20)) : nil)
        // Domestic abuse: police call-outs before and in the last 6 months.
        let callOuts = 1 + fixed.below(5)
        cell(q[4] && !baselineMissing ? String(callOuts) : nil)
        cell(q[4] && !missing() ? String(step >= 2 ? 0 : 1 + now.below(3)) : nil)
    }
}
