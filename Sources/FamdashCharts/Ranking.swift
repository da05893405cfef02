import FamdashDisclosure
import FamdashFigures

/// Orders rows by published value, largest first, as DATA.md requires of anything that ranks:
/// suppressed rows follow the published ones in name order (ranking by true values would leak
/// them), and catch-all rows (Unidentified, Not recorded) always come last.
public enum Ranking {
    public static func ranked<Row>(_ rows: [Row], value: (Row) -> PublishedValue, name: (Row) -> String,
                                   last isLast: (Row) -> Bool = { _ in false }) -> [Row] {
        // A count or a percentage ranks; anything else (suppressed) follows.
        func number(_ value: PublishedValue) -> Int? { value.count ?? value.tenths }
        let codePointLess = CodePointOrder.less
        return rows.sorted { lhs, rhs in
            let lhsLast = isLast(lhs), rhsLast = isLast(rhs)
            if lhsLast != rhsLast { return rhsLast }
            switch (number(value(lhs)), number(value(rhs))) {
            case let (a?, b?): return a != b ? a > b : codePointLess(name(lhs), name(rhs))
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return codePointLess(name(lhs), name(rhs))
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
