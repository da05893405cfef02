/// Addresses one count in a period's figures: table, row and column indexes.
public struct CellRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var table: Int
    public var row: Int
    public var column: Int

    public init(table: Int, row: Int, column: Int) {
        self.table = table
        self.row = row
        self.column = column
    }

    public static func < (lhs: CellRef, rhs: CellRef) -> Bool {
        (lhs.table, lhs.row, lhs.column) < (rhs.table, rhs.row, rhs.column)
    }

    public var description: String { "t\(table)r\(row)c\(column)" }
}

/// A linear identity among published counts that any reader can use: the sum of
/// `coefficient x value` over the terms is zero (for example wards of a locality minus the
/// locality). Disclosure control must make sure no suppressed count can be solved from these.
public struct Relation: Sendable, Equatable {
    public var terms: [Term]

    public struct Term: Sendable, Equatable {
        public var cell: CellRef
        public var coefficient: Int
        public init(_ cell: CellRef, _ coefficient: Int) {
            self.cell = cell
            self.coefficient = coefficient
        }
    }

    public init(terms: [Term]) { self.terms = terms }

    /// `parts` add up to `whole`.
    public static func sum(_ parts: [CellRef], equals whole: CellRef) -> Relation {
        Relation(terms: parts.map { Term($0, 1) } + [Term(whole, -1)])
    }
}
