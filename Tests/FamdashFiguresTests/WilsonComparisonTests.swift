import Testing
@testable import FamdashFigures

@Suite("Wilson score comparison, decided exactly")
struct WilsonComparisonTests {
    // Hand-worked with z = 1.959964 (z^2 = 3.8414588...): the benchmark p lies inside the
    // interval exactly when (x - n p)^2 <= z^2 n p (1 - p).
    @Test("hand-worked intervals", arguments: [
        // 9 of 10: Wilson (0.5958, 0.9821) lies above 1/2: (9 - 5)^2 = 16 > 3.84 x 10 x 1/4 = 9.60.
        (9, 10, 1, 2, WilsonComparison.better),
        // 8 of 10: (0.4902, 0.9433) holds 1/2: (8 - 5)^2 = 9 <= 9.60.
        (8, 10, 1, 2, .similar),
        // 2 of 10: (0.0567, 0.5098) holds 1/2 just: (2 - 5)^2 = 9 <= 9.60.
        (2, 10, 50, 100, .similar),
        // 1 of 10: (0.0179, 0.4042) lies below 1/2: 16 > 9.60.
        (1, 10, 500, 1000, .worse),
        // 0 of n: the interval is [0, z^2 / (n + z^2)] = [0, 0.2775] for n = 10.
        (0, 10, 1, 2, .worse),
        (0, 10, 1, 4, .similar),
        // 0 of n against an authority with 0 green: touching at 0 is similar, not better.
        (0, 10, 0, 40, .similar),
        (0, 1, 0, 1, .similar),
        // n of n: [n / (n + z^2), 1] = [0.7225, 1] for n = 10; all green against all green is similar.
        (10, 10, 40, 40, .similar),
        (10, 10, 1, 2, .better),
        (10, 10, 3, 4, .similar),
        // A ward with some green against an authority with none: above.
        (3, 10, 0, 100, .better),
        // Against an authority with all green, anything short of all is below.
        (9, 10, 100, 100, .worse),
    ])
    func handWorked(part: Int, whole: Int, benchmarkPart: Int, benchmarkWhole: Int, expected: WilsonComparison) {
        #expect(WilsonComparison.compare(part: part, of: whole, benchmarkPart: benchmarkPart, of: benchmarkWhole) == expected)
    }

    @Test("on the boundary: 1 of 1 has lower bound 1 / (1 + z^2), exactly 10^12 / (10^12 + 1959964^2)")
    func boundary() {
        let zSquared = 1_959_964 * 1_959_964  // 3,841,458,881,296: z^2 x 10^12
        let q = 1_000_000_000_000 + zSquared
        // The benchmark on the lower bound touches the interval: similar.
        #expect(WilsonComparison.compare(part: 1, of: 1, benchmarkPart: 1_000_000_000_000, of: q) == .similar)
        // One part in 4.8 x 10^12 below it, the interval lies strictly above the benchmark.
        #expect(WilsonComparison.compare(part: 1, of: 1, benchmarkPart: 999_999_999_999, of: q) == .better)
        #expect(WilsonComparison.compare(part: 1, of: 1, benchmarkPart: 1_000_000_000_001, of: q) == .similar)
    }

    @Test("nothing to compare: no qualifiers, no benchmark, impossible counts")
    func nothing() {
        #expect(WilsonComparison.compare(part: 0, of: 0, benchmarkPart: 3, of: 10) == nil)
        #expect(WilsonComparison.compare(part: 1, of: 2, benchmarkPart: 0, of: 0) == nil)
        #expect(WilsonComparison.compare(part: 3, of: 2, benchmarkPart: 1, of: 2) == nil)
    }

    @Test("national scale counts do not overflow: 10 million families")
    func large() {
        #expect(WilsonComparison.compare(part: 5_000_000, of: 10_000_000, benchmarkPart: 4_990_000, of: 10_000_000) == .better)
        #expect(WilsonComparison.compare(part: 5_000_000, of: 10_000_000, benchmarkPart: 4_999_000, of: 10_000_000) == .similar)
    }
}
