/// Percentages as DATA.md fixes them: one decimal place, rounded half away from zero,
/// computed in integers so 1/8 is exactly 12.5 and 1/16 exactly 6.3.
public enum Percentage {
    /// The percentage in tenths (125 for 12.5%), 0 when the total is 0. Worked in 128 bits, so
    /// no count or total (a target of Int.max families included) can overflow it.
    public static func tenths(_ count: Int, of total: Int) -> Int {
        guard total != 0 else { return 0 }
        let numerator = Int128(count) * 1000
        let denominator = Int128(total)
        let magnitude = (2 * numerator.magnitude + denominator.magnitude) / (2 * denominator.magnitude)
        // |count x 1000 / total| fits in an Int whenever |total| >= 1000 or |count| < 2^53; the
        // clamp only matters for counts far beyond any accepted input.
        let clamped = Int(clamping: magnitude)
        return (numerator < 0) != (denominator < 0) ? -clamped : clamped
    }

    /// "16.0", "12.5", "0.0".
    public static func text(_ count: Int, of total: Int) -> String {
        let value = tenths(count, of: total)
        let sign = value < 0 ? "-" : ""
        return "\(sign)\(value.magnitude / 10).\(value.magnitude % 10)"
    }
}
