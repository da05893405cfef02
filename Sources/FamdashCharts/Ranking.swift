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
