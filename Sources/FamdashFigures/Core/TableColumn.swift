/// The columns of one published table, declared as an enum whose raw values are the CSV
/// header names, in header order. Pages and charts address cells by these cases, never by
/// column number.
public protocol TableColumn: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String, AllCases == [Self] {
    /// What the column holds, and how disclosure control treats it.
    var kind: ColumnKind<Self> { get }
}

extension TableColumn {
    /// The column's place in the header.
    public var index: Int {
        // Tables have a handful of columns: a scan is cheaper than building a dictionary.
        Self.allCases.firstIndex(of: self) ?? 0
    }

    /// The CSV header name.
    public var name: String { rawValue }
}

public enum ColumnKind<Column: Sendable>: Sendable {
    /// Text: a name, a key, a date.
    case label
    /// A count of families or people: suppressed from 1 to min_count - 1, and chosen for
    /// secondary suppression when a relation needs it (unless protected).
    case count(Protection = .none)
    /// Whole pounds made from counts: published only when every count it is made from is.
    case amount
    /// A percentage of the count in column `of`, worked out when the table is published.
    case percent(of: Column, base: PercentBase<Column>)
    /// Text worked out from a count (a target's status): withheld with that count.
    case derivedLabel(of: Column)
    /// Text worked out from two counts of the row (ward-rag's comparison): `[x]` whenever
    /// either is withheld, since it would bound them.
    case comparison(of: Column, Column)
}

public enum PercentBase<Column: Sendable>: Sendable {
    /// The column's total over all rows.
    case columnTotal
    /// Another count of the same row (rag: a part of `qualifiers`).
    case column(Column)
    /// A whole number written in a label column of the same row (a target).
    case labelNumber(Column)
    /// Another count of the same row, the percentage withheld whenever either count is, even
    /// a part of 0 (ward-rag's green_pct, as DATA.md writes it).
    case columnBoth(Column)
}

/// How far secondary suppression may go to hide a count.
public enum Protection: Sendable, Equatable {
    /// Any count may be chosen, cheapest first.
    case none
    /// Chosen only when nothing else protects a count: a base of published percentages.
    case lastResort
    /// Never chosen: DATA.md publishes summary totals unless they are under min_count.
    case never
}

/// A column with its references turned into column numbers, as the generic stages
/// (disclosure control, CSV writing) read it.
public struct ColumnSpec: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case label
        case count(Protection)
        case amount
        case percent(of: Int, base: Base)
        case derivedLabel(of: Int)
        case comparison(of: Int, Int)
    }

    public enum Base: Sendable, Equatable {
        case columnTotal
        case column(Int)
        case labelNumber(Int)
        case columnBoth(Int)
    }

    public var name: String
    public var kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    public init<Column: TableColumn>(_ column: Column) {
        name = column.name
        switch column.kind {
        case .label: kind = .label
        case .count(let protection): kind = .count(protection)
        case .amount: kind = .amount
        case .derivedLabel(let of): kind = .derivedLabel(of: of.index)
        case .comparison(let first, let second): kind = .comparison(of: first.index, second.index)
        case .percent(let of, let base):
            switch base {
            case .columnTotal: kind = .percent(of: of.index, base: .columnTotal)
            case .column(let other): kind = .percent(of: of.index, base: .column(other.index))
            case .labelNumber(let label): kind = .percent(of: of.index, base: .labelNumber(label.index))
            case .columnBoth(let other): kind = .percent(of: of.index, base: .columnBoth(other.index))
            }
        }
    }

    /// A count or an amount: a number that disclosure control decides on.
    public var isNumber: Bool {
        switch kind {
        case .count, .amount: true
        default: false
        }
    }

    public var isCount: Bool {
        if case .count = kind { true } else { false }
    }

    public var protection: Protection {
        if case .count(let protection) = kind { protection } else { .never }
    }
}
