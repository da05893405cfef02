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
        let end = target.by.dayNumber
        let start = end - 365
        let elapsed = max(0, min(365, day.dayNumber - start))
        // allocated / target >= elapsed / 365, in integers.
        return allocated * 365 >= target.families * elapsed ? .onTrack : .atRisk
    }
}
