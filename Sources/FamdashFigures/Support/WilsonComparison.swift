/// An area's proportion compared with a benchmark as public-health dashboards do: the area's
/// 95% Wilson score interval for `part / whole` (z = 1.959964) lies above, around or below
/// the benchmark `benchmarkPart / benchmarkWhole`.
///
/// Decided exactly. The interval is the set of p with n(x/n - p)^2 <= z^2 p (1 - p), so the
/// benchmark P/Q lies inside it (touching counts as inside) exactly when
/// 10^12 (xQ - nP)^2 <= 1959964^2 n P (Q - P), with z = 1959964 / 10^6. Outside, it is below
/// the interval when P/Q < x/n. Floating point gets the touching cases wrong (0 of n against a
/// benchmark of 0 would come out "better").
public enum WilsonComparison: String, Sendable, CaseIterable {
    case better, similar, worse

    /// nil when there is nothing to compare: no whole, or a benchmark with no whole.
    public static func compare(part: Int, of whole: Int, benchmarkPart: Int, of benchmarkWhole: Int) -> WilsonComparison? {
        guard whole > 0, benchmarkWhole > 0, (0...whole).contains(part), (0...benchmarkWhole).contains(benchmarkPart) else { return nil }
        let x = UInt64(part), n = UInt64(whole), p = UInt64(benchmarkPart), q = UInt64(benchmarkWhole)
        let (xq, np) = (x * q, n * p)  // each under 2^63 for any cohort famdash accepts
        let gap = xq > np ? xq - np : np - xq
        let left = WideUInt.product([gap, gap, 1_000_000, 1_000_000])
        let right = WideUInt.product([1_959_964 * 1_959_964, n, p, q - p])
        if left <= right { return .similar }
        return np < xq ? .better : .worse
    }
}

/// Just enough unsigned arithmetic beyond 64 bits to compare products exactly.
struct WideUInt: Comparable {
    /// Little-endian 64-bit limbs, no trailing zero limbs.
    private(set) var limbs: [UInt64]

    static func product(_ factors: [UInt64]) -> WideUInt {
        var limbs: [UInt64] = [1]
        for factor in factors {
            var carry: UInt64 = 0
            for index in limbs.indices {
                let (high, low) = limbs[index].multipliedFullWidth(by: factor)
                let (sum, overflow) = low.addingReportingOverflow(carry)
                limbs[index] = sum
                carry = high &+ (overflow ? 1 : 0)
            }
            if carry != 0 { limbs.append(carry) }
        }
        while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
        return WideUInt(limbs: limbs)
    }

    static func < (lhs: WideUInt, rhs: WideUInt) -> Bool {
        if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count }
        for index in lhs.limbs.indices.reversed() where lhs.limbs[index] != rhs.limbs[index] {
            return lhs.limbs[index] < rhs.limbs[index]
        }
        return false
    }
}

extension WilsonComparison {
    /// The 95% Wilson score interval of `part / whole`, as fractions, for drawing only (the
    /// comparison itself is decided exactly by `compare`). nil when whole is 0.
    public static func interval(part: Int, of whole: Int) -> (low: Double, high: Double)? {
        guard whole > 0, (0...whole).contains(part) else { return nil }
        let z = 1.959964, n = Double(whole), p = Double(part) / n
        let denominator = 1 + z * z / n
        let centre = (p + z * z / (2 * n)) / denominator
        let half = z / denominator * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
        return (max(0, centre - half), min(1, centre + half))
    }
}
