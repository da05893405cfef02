import FamdashModel

/// Payment by results for one quarter, counted once for finance.csv, claims.csv and the
/// summary: families by the financial year of their allocation (which sets their rates) and
/// claims by kind and year. Every amount is whole pounds, exact.
public struct FinanceTally: Sendable {
    public let finance: Finance
    /// Allocated families by year (index into `finance.years`).
    public var allocated: [Int]
    /// Of those, families with no claim made by the end of the quarter.
    public var unclaimed: [Int]
    /// Claims made by the end of the quarter (any allocation), by kind then year.
    public var claims: [[Int]]

    init(finance: Finance, period: Period) {
        self.finance = finance
        let years = finance.years.count
        allocated = Array(repeating: 0, count: years)
        unclaimed = Array(repeating: 0, count: years)
        claims = Array(repeating: Array(repeating: 0, count: years), count: finance.kindCount)
        let end = period.name.endDay
        let single = years == 1
        for family in period.families {
            let isAllocated = family.allocation == .allocated
            let claimed = family.hasClaim(by: end)
            guard isAllocated || claimed else { continue }
            // Rates follow allocated_on; a family with no date counts from the quarter's end.
            let year = single ? 0 : finance.year(of: family.allocatedOn ?? end)
            if isAllocated {
                allocated[year] += 1
                if !claimed { unclaimed[year] += 1 }
            }
            if claimed {
                // Without kinds (or a kind the loader did not give) every claim is of the one kind.
                let kind = family.claimType.flatMap { $0 < claims.count ? $0 : nil } ?? 0
                claims[kind][year] += 1
            }
        }
    }

    /// floor(sum of the fees x funded).
    public var attachmentFees: Int {
        finance.funded.of(zip(finance.years, allocated).reduce(0) { $0 + $1.0.attachmentFee * $1.1 })
    }

    public func claimFamilies(kind: Int) -> Int { claims[kind].reduce(0, +) }

    public func claimPounds(kind: Int) -> Int {
        zip(finance.years, claims[kind]).reduce(0) { $0 + $1.0.results[kind] * $1.1 }
    }

    public var resultsPayments: Int { (0..<finance.kindCount).reduce(0) { $0 + claimPounds(kind: $1) } }

    /// The largest results payment of each year, over allocated families with no claim yet.
    public var resultsPossible: Int {
        zip(finance.years, unclaimed).reduce(0) { $0 + ($1.0.results.max() ?? 0) * $1.1 }
    }

    public var turnedAround: Int {
        (0..<finance.kindCount).filter(finance.isTurnedAround).reduce(0) { $0 + claimFamilies(kind: $1) }
    }
}
