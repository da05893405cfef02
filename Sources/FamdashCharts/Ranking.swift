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
