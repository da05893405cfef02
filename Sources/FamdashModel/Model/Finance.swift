/// The payment-by-results framework, in whole pounds: an attachment fee per allocated family
/// and a results payment per claim, by kind of claim and by the financial year of allocation.
public struct Finance: Sendable, Equatable {
    /// A kind of claim (`[[finance.claims]]`).
    public struct ClaimKind: Sendable, Equatable {
        public var key: String
        public var label: String
        public var turnedAround: Bool
        public init(key: String, label: String, turnedAround: Bool) {
            self.key = key
            self.label = label
            self.turnedAround = turnedAround
        }
    }

    /// The rates for families allocated from `from` (`[[finance.years]]`).
    public struct Year: Sendable, Equatable {
        public var from: Day
        public var attachmentFee: Int
        /// By claim kind, in `claims` order (one rate when there are no kinds).
        public var results: [Int]
        public init(from: Day, attachmentFee: Int, results: [Int]) {
            self.from = from
            self.attachmentFee = attachmentFee
            self.results = results
        }
    }

    /// `funded`: the share of the fees the grant pays, a fraction numerator / denominator.
    public struct Share: Sendable, Equatable {
        public var numerator: Int
        public var denominator: Int
        public init(_ numerator: Int, _ denominator: Int) {
            self.numerator = numerator
            self.denominator = denominator
        }
        public static let whole = Share(1, 1)
        /// floor(amount x share), exactly: in full width, since fees summed over a programme
        /// times a numerator of up to six digits can pass 2^63. The share is at most 1, so the
        /// result fits.
        public func of(_ amount: Int) -> Int {
            let product = amount.multipliedFullWidth(by: numerator)
            return denominator.dividingFullWidth(product).quotient
        }
    }

    public var claims: [ClaimKind]
    /// In date order; one entry (from the earliest day) when programme.toml has no years.
    public var years: [Year]
    public var funded: Share

    public init(claims: [ClaimKind] = [], years: [Year], funded: Share = .whole) {
        self.claims = claims
        self.years = years
        self.funded = funded
    }

    /// The flat framework: one fee, one results payment.
    public init(attachmentFee: Int, resultsPayment: Int) {
        self.init(years: [Year(from: Day(year: 1, month: 1, day: 1)!, attachmentFee: attachmentFee, results: [resultsPayment])])
    }

    /// Kinds as counted: without `[[finance.claims]]`, every claim is of one kind, turned around.
    public var kindCount: Int { max(1, claims.count) }

    public func isTurnedAround(kind: Int) -> Bool { claims.isEmpty || claims[kind].turnedAround }

    /// The year whose rates apply to a family allocated on `day`: the last entry from on or
    /// before it, or the first for a family allocated before every entry.
    public func year(of day: Day) -> Int {
        var found = 0
        for (index, year) in years.enumerated() where year.from <= day { found = index }
        return found
    }
}
