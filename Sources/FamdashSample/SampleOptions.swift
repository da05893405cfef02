/// The shape of a synthetic programme.
public struct SampleOptions: Sendable {
    public var families: Int
    public var wards: Int
    public var localities: Int
    public var periods: Int
    public var seed: UInt64
    public var phase: Int

    public init(families: Int = 450, wards: Int = 17, localities: Int = 4, periods: Int = 6, seed: UInt64 = 2013, phase: Int = 1) {
        self.families = families
        self.wards = wards
        self.localities = localities
        self.periods = periods
        self.seed = seed
        self.phase = phase
    }
}
