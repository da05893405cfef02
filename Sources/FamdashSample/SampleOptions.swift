/// The shape of a synthetic programme.
public struct SampleOptions: Sendable {
    public var families: Int
    public var wards: Int
    public var localities: Int
    public var periods: Int
    public var seed: UInt64
    public var phase: Int

    /// The largest programme the generator writes: a national roll-up is about 400,000
    /// families and 7,000 wards; 10 million families is about 1.5 GB of CSV a quarter, held in
    /// memory while it is written.
    public static let maxFamilies = 10_000_000
    public static let maxWards = 100_000
    public static let maxPeriods = 200

    /// What is wrong with these options, in the command line's words, or nil.
    public var problem: String? {
        func count(_ value: Int) -> String {
            var digits = String(value), grouped = ""
            while digits.count > 3 { grouped = "," + digits.suffix(3) + grouped; digits.removeLast(3) }
            return digits + grouped
        }
        if !(1...Self.maxFamilies).contains(families) { return "--families must be from 1 to \(count(Self.maxFamilies)) (got \(families))" }
        if !(1...Self.maxWards).contains(wards) { return "--wards must be from 1 to \(count(Self.maxWards)) (got \(wards))" }
        if !(1...wards).contains(localities) { return "--localities must be from 1 to --wards (\(wards)) (got \(localities))" }
        if !(1...Self.maxPeriods).contains(periods) { return "--periods must be from 1 to \(Self.maxPeriods) (got \(periods))" }
        if phase != 1 && phase != 2 { return "--phase must be 1 or 2 (got \(phase))" }
        return nil
    }

    public init(families: Int = 450, wards: Int = 17, localities: Int = 4, periods: Int = 6, seed: UInt64 = 2013, phase: Int = 1) {
        self.families = families
        self.wards = wards
        self.localities = localities
        self.periods = periods
        self.seed = seed
        self.phase = phase
    }
}
