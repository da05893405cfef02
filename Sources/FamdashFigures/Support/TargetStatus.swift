import FamdashModel

/// Whether a target is on course, by a simple published rule: progress is expected to be
/// linear over the year to the target date. Before the date a target is "on track" when the
/// families allocated so far are at least that share of the target, otherwise "at risk";
/// from the date on it is "met" or "missed".
public enum TargetStatus: String, Sendable, CaseIterable {
    case onTrack = "on track"
    case atRisk = "at risk"
    case met
    case missed

    public static func status(allocated: Int, target: Target, asAt day: Day) -> TargetStatus {
        if target.by <= day { return allocated >= target.families ? .met : .missed }
        return allocated >= expected(families: target.families, by: target.by, asAt: day) ? .onTrack : .atRisk
    }

    /// The families even progress over the year to `by` would have allocated at `day`: the
    /// fewest that are on track (allocated / target >= elapsed / 365, rounded up, in integers).
    public static func expected(families: Int, by: Day, asAt day: Day) -> Int {
        (families * elapsedDays(by: by, asAt: day) + 364) / 365
    }

    /// Days of the year to `by` that have passed at `day`, 0 to 365.
    public static func elapsedDays(by: Day, asAt day: Day) -> Int {
        max(0, min(365, day.dayNumber - (by.dayNumber - 365)))
    }
}
