import FamdashModel

/// The phase 1 payment-by-results framework as Barnet's paper (Dec 2012) describes it: 5/6 of
/// families funded, up to 4,000 pounds each, the upfront attachment fee 80% of it in 2012/13,
/// 60% in 2013/14 and 40% in 2014/15, and three kinds of results claim.
enum SampleFinance {
    static let claimKeys = ["outcomes", "progress_to_work", "employment"]

    /// Per financial year from 2012/13: attachment fee and the rates of the three kinds.
    static let rates: [(fee: Int, results: [Int])] = [(3200, [700, 100, 800]), (2400, [1400, 200, 1600]), (1600, [2100, 300, 2400])]

    static func phaseOne(periods: [PeriodName]) -> String {
        var text = """

        [finance]
        funded = "5/6"

        [[finance.claims]]
        key = "outcomes"
        label = "Crime, anti-social behaviour and education result"
        turned_around = true

        [[finance.claims]]
        key = "progress_to_work"
        label = "Progress to work"
        turned_around = false

        [[finance.claims]]
        key = "employment"
        label = "Continuous employment"
        turned_around = true

        """
        // One entry per financial year the sample spans (the national rates stop at 2014/15).
        let firstYear = periods.first.map { $0.quarter == 1 ? $0.year - 1 : $0.year } ?? 2012
        let lastYear = periods.last.map { $0.quarter == 1 ? $0.year - 1 : $0.year } ?? 2012
        for year in firstYear...max(firstYear, min(lastYear, firstYear + rates.count - 1)) {
            let rate = rates[min(rates.count - 1, max(0, year - 2012))]
            let results = zip(claimKeys, rate.results).map { "\($0) = \($1)" }.joined(separator: ", ")
            text += "\n[[finance.years]]\nfrom = \"\(year)-04-01\"\nattachment_fee = \(rate.fee)\nresults = { \(results) }\n"
        }
        return text
    }
}
