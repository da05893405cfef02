/// How a table declaration writes down what a reader knows: cells are named by table, row key
/// and column case; a statement that names a cell of a table not published this period is
/// dropped whole (a reader without the table does not have it either).
public struct RelationBuilder {
    public private(set) var tables: [FigureTable]
    private let tableOfName: [String: Int]
    public private(set) var relations: [Relation] = []
    /// True values of the hidden quantities, by id (for the tests' check that relations hold).
    public private(set) var hiddenValues: [Int] = []
    /// Amounts in pounds and the counts each is made from.
    public private(set) var amountSources: [CellRef: [CellRef]] = [:]
    /// Text worked out from counts of other rows or tables (ward-rag's comparison rests on the
    /// authority's RAG counts), and those counts: withheld whenever one of them is.
    public private(set) var labelSources: [CellRef: [CellRef]] = [:]

    public init(tables: [FigureTable]) {
        self.tables = tables
        var index: [String: Int] = [:]
        for (number, table) in tables.enumerated() { index[table.name] = number }
        tableOfName = index
    }

    // MARK: Naming cells

    public func table<T: TableDefinition>(_ definition: T.Type) -> Int? { tableOfName[T.name] }

    public func cell<T: TableDefinition>(_ definition: T.Type, _ key: RowKey, _ column: T.Column) -> CellRef? {
        guard let table = tableOfName[T.name], let row = tables[table].row(key) else { return nil }
        return CellRef(table: table, row: row, column: column.index)
    }

    /// The cells of one column, in row order (empty when the table is not published).
    public func column<T: TableDefinition>(_ definition: T.Type, _ column: T.Column) -> [CellRef] {
        guard let table = tableOfName[T.name] else { return [] }
        return tables[table].rows.indices.map { CellRef(table: table, row: $0, column: column.index) }
    }

    /// The row keys of a table, in row order.
    public func keys<T: TableDefinition>(_ definition: T.Type) -> [RowKey] {
        guard let table = tableOfName[T.name] else { return [] }
        return tables[table].rows.map(\.key)
    }

    public func value(_ cell: CellRef) -> Int { tables[cell.table].rows[cell.row].numbers[cell.column] }

    // MARK: Statements

    /// A whole number >= 0 a reader does not see, with its true value.
    public mutating func hidden(trueValue: Int) -> Relation.Subject {
        hiddenValues.append(trueValue)
        return .hidden(hiddenValues.count - 1)
    }

    public mutating func add(_ terms: [(Relation.Subject?, Int)], _ comparison: Relation.Comparison, _ constant: Int) {
        var resolved: [Relation.Term] = []
        for (subject, coefficient) in terms {
            guard let subject else { return }
            resolved.append(Relation.Term(subject, coefficient))
        }
        guard !resolved.isEmpty else { return }
        relations.append(Relation(terms: resolved, comparison, constant))
    }

    /// `parts` add up to `whole`.
    public mutating func sum(_ parts: [CellRef?], equals whole: CellRef?) {
        add(parts.map { ($0.map(Relation.Subject.cell), 1) } + [(whole.map(Relation.Subject.cell), -1)], .equal, 0)
    }

    /// Two groups of cells have the same total.
    public mutating func sum(_ left: [CellRef?], equalsSumOf right: [CellRef?]) {
        add(left.map { ($0.map(Relation.Subject.cell), 1) } + right.map { ($0.map(Relation.Subject.cell), -1) }, .equal, 0)
    }

    /// `parts` add up to at most `bound`.
    public mutating func sum(_ parts: [CellRef?], atMost bound: CellRef?) {
        add(parts.map { ($0.map(Relation.Subject.cell), 1) } + [(bound.map(Relation.Subject.cell), -1)], .atMost, 0)
    }

    /// `parts` add up to at most a number the reader knows (last quarter's published count).
    public mutating func sum(_ parts: [CellRef?], atMostConstant bound: Int) {
        add(parts.map { ($0.map(Relation.Subject.cell), 1) }, .atMost, bound)
    }

    /// A row that is listed only when it counts someone: its parts add up to at least 1.
    public mutating func atLeastOne(_ parts: [CellRef?]) {
        add(parts.map { ($0.map(Relation.Subject.cell), 1) }, .atLeast, 1)
    }

    /// Each column of a table adds up to a total elsewhere.
    public mutating func columnSum<T: TableDefinition>(_ definition: T.Type, _ column: T.Column, equals whole: CellRef?) {
        let cells = self.column(definition, column)
        guard !cells.isEmpty || table(definition) != nil else { return }
        sum(cells, equals: whole)
    }

    /// In every row of a table, `parts` add up to `whole`.
    public mutating func eachRow<T: TableDefinition>(_ definition: T.Type, _ parts: [T.Column], equals whole: T.Column) {
        for key in keys(definition) {
            sum(parts.map { cell(definition, key, $0) }, equals: cell(definition, key, whole))
        }
    }

    /// An amount in pounds, and the counts it is made from: it is withheld whenever one of
    /// them is. The arithmetic that links them is stated separately, with `add`.
    public mutating func amount(_ amount: CellRef?, madeFrom counts: [CellRef?]) {
        guard let amount else { return }
        amountSources[amount, default: []] += counts.compactMap { $0 }
    }

    /// A derived label, and counts beyond its own row that it is worked out from.
    public mutating func label(_ label: CellRef?, restsOn counts: [CellRef?]) {
        guard let label else { return }
        labelSources[label, default: []] += counts.compactMap { $0 }
    }
}
