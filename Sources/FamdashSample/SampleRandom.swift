/// SplitMix64: small, fast and the same on every platform, so a seed always gives the same
/// programme (Swift's SystemRandomNumberGenerator cannot be seeded).
struct SampleRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one (family, period) pair, independent of generation order.
    init(seed: UInt64, _ a: Int, _ b: Int = 0) {
        state = seed &+ UInt64(truncatingIfNeeded: a) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: b) &* 0xC2B2_AE3D_27D4_EB4F
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<bound.
    mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next() % UInt64(bound))
    }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}
