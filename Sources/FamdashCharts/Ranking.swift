import FamdashDisclosure
import FamdashFigures

/// Orders rows by published value, largest first, as DATA.md requires of anything that ranks:
/// suppressed rows follow the published ones in name order (ranking by true values would leak
/// them), and catch-all rows (Unidentified, Not recorded) always come last.
public enum Ranking {
    public static func ranked<Row>(_ rows: [Row], value: (Row) -> PublishedValue, name: (Row) -> String,
                                   last isLast: (Row) -> Bool = { _ in false }) -> [Row] {
        let codePointLess = CodePointOrder.less
        return rows.sorted { lhs, rhs in
            let lhsLast = isLast(lhs), rhsLast = isLast(rhs)
            if lhsLast != rhsLast { return rhsLast }
            switch (value(lhs), value(rhs)) {
            case let (.count(a), .count(b)):
                return a != b ? a > b : codePointLess(name(lhs), name(rhs))
            case (.count, _): return true
            case (_, .count): return false
            default: return codePointLess(name(lhs), name(rhs))
            }
        }
    }
}

extension Ranking {
    /// The first `limit` ranked rows that are not catch-alls, and every catch-all row after
    /// them: "Unidentified" is never the row a limit drops. `left` counts the rows left out.
    public static func shown<Row>(_ ranked: [Row], limit: Int, isCatchAll: (Row) -> Bool) -> (rows: [Row], left: Int) {
        let named = ranked.filter { !isCatchAll($0) }
        let kept = Array(named.prefix(limit)) + ranked.filter(isCatchAll)
        return (kept, ranked.count - kept.count)
    }
}
