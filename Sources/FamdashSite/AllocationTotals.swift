import FamdashDisclosure
import FamdashFigures

/// The programme's totals of not-to-be and yet-to-be allocated families. summary.json does not
/// hold them, but a reader has them whenever a column that adds up to them is fully published
/// (levels.csv or ward-allocations.csv), or as families less allocated less the other: a totals
/// row shows them then, and [c] otherwise. Nothing here is more than the CSVs already give.
enum AllocationTotals {
    enum Status { case notToBeAllocated, yetToBeAllocated }

    static func total(_ status: Status, _ period: PublishedPeriod) -> PublishedValue {
        if let direct = columnSum(status, period) { return .count(direct) }
        let other: Status = status == .notToBeAllocated ? .yetToBeAllocated : .notToBeAllocated
        if let otherTotal = columnSum(other, period), case .count(let families) = period.total(.families),
           case .count(let allocated) = period.total(.allocated), families - allocated - otherTotal >= 0 {
            return .count(families - allocated - otherTotal)
        }
        return .suppressed
    }

    private static func columnSum(_ status: Status, _ period: PublishedPeriod) -> Int? {
        if let levels = period.table(LevelsTable.self),
           let sum = complete(levels.column(status == .notToBeAllocated ? .notToBeAllocated : .yetToBeAllocated)) { return sum }
        if let wards = period.table(WardAllocationsTable.self),
           let sum = complete(wards.column(status == .notToBeAllocated ? .notToBeAllocated : .yetToBeAllocated)) { return sum }
        return nil
    }

    private static func complete(_ values: [PublishedValue]) -> Int? {
        var sum = 0
        for value in values {
            guard case .count(let count) = value else { return nil }
            sum += count
        }
        return sum
    }
}
