/// Percentages as DATA.md fixes them: one decimal place, rounded half away from zero,
/// computed in integers so 1/8 is exactly 12.5 and 1/16 exactly 6.3.
public enum Percentage {
    /// The percentage in tenths (125 for 12.5%), 0 when the total is 0.
    public static func tenths(_ count: Int, of total: Int) -> Int {
        guard total != 0 else { return 0 }
        let numerator = count * 1000
        let magnitude = (2 * abs(numerator) + abs(total)) / (2 * abs(total))
        return (numerator < 0) != (total < 0) ? -magnitude : magnitude
    }

    /// "16.0", "12.5", "0.0".
    public static func text(_ count: Int, of total: Int) -> String {
        let value = tenths(count, of: total)
        let sign = value < 0 ? "-" : ""
        return "\(sign)\(abs(value) / 10).\(abs(value) % 10)"
    }
}
