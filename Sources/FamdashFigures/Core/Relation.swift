/// Addresses one number in a period's figures: table, row and column numbers.
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

/// Something a reader knows about the published figures, as a linear statement:
/// `sum(coefficient x value) (=, <= or >=) constant`. The values are published numbers and,
/// where a figure is made from quantities that are never published (allocated families by
/// financial year behind an amount in pounds), hidden quantities: whole numbers >= 0 that a
/// reader must treat as unknowns too.
public struct Relation: Sendable, Equatable {
    public enum Comparison: Sendable, Equatable {
        case equal, atMost, atLeast
    }

    public enum Subject: Sendable, Hashable {
        case cell(CellRef)
        case hidden(Int)
    }

    public struct Term: Sendable, Equatable {
        public var subject: Subject
        public var coefficient: Int
        public init(_ subject: Subject, _ coefficient: Int) {
            self.subject = subject
            self.coefficient = coefficient
        }
        public init(_ cell: CellRef, _ coefficient: Int) {
            self.init(.cell(cell), coefficient)
        }
    }

    public var terms: [Term]
    public var comparison: Comparison
    public var constant: Int

    public init(terms: [Term], _ comparison: Comparison = .equal, _ constant: Int = 0) {
        self.terms = terms
        self.comparison = comparison
        self.constant = constant
    }

    /// `parts` add up to `whole`.
    public static func sum(_ parts: [CellRef], equals whole: CellRef) -> Relation {
        Relation(terms: parts.map { Term($0, 1) } + [Term(whole, -1)])
    }

    /// An equality among published cells only: what elimination over the integers can use.
    public var isCellEquality: Bool {
        comparison == .equal && terms.allSatisfy { if case .cell = $0.subject { true } else { false } }
    }

    /// Whether the relation holds for the given values of cells and hidden quantities.
    public func holds(cell: (CellRef) -> Int, hidden: (Int) -> Int) -> Bool {
        let total = terms.reduce(0) { sum, term in
            switch term.subject {
            case .cell(let ref): sum + term.coefficient * cell(ref)
            case .hidden(let id): sum + term.coefficient * hidden(id)
            }
        }
        switch comparison {
        case .equal: return total == constant
        case .atMost: return total <= constant
        case .atLeast: return total >= constant
        }
    }
}
