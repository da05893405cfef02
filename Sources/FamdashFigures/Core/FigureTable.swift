/// One table of true figures, before disclosure control: columns, and rows in their fixed
/// published order, each with its key. Percentages are not stored: they are worked out when
/// the table is published, from counts disclosure control has let through.
public struct FigureTable: Sendable {
    public struct Row: Sendable {
        public var key: RowKey
        /// By column number: the text of label columns ("" elsewhere).
        public var labels: [String]
        /// By column number: counts and amounts (0 elsewhere).
        public var numbers: [Int]

        public init(key: RowKey, labels: [String], numbers: [Int]) {
            self.key = key
            self.labels = labels
            self.numbers = numbers
        }
    }

    public var name: String
    public var file: TableFile
    public var columns: [ColumnSpec]
    public private(set) var rows: [Row] = []
    private var rowOfKey: [RowKey: Int] = [:]

    public init(name: String, file: TableFile, columns: [ColumnSpec]) {
        self.name = name
        self.file = file
        self.columns = columns
    }

    public mutating func append(_ row: Row) {
        rowOfKey[row.key] = rows.count
        rows.append(row)
    }

    public func row(_ key: RowKey) -> Int? { rowOfKey[key] }

    public func total(ofColumn column: Int) -> Int {
        rows.reduce(0) { $0 + $1.numbers[column] }
    }

    /// Column numbers of the counts and amounts.
    public var numberColumns: [Int] { columns.indices.filter { columns[$0].isNumber } }
}

/// Where a table is published.
public enum TableFile: Sendable, Equatable {
    /// `P/data/NAME.csv`.
    case csv
    /// `P/summary.json`: one row of totals.
    case summaryJSON
}

/// A row as a table declaration writes it: its key and a value per column, by column case.
/// Columns not given are empty ("" or 0); percentages are never given.
public struct TableRow<Column: TableColumn>: Sendable {
    public var key: RowKey
    public var values: [(Column, Value)]

    public enum Value: Sendable {
        case text(String)
        case number(Int)
    }

    public init(_ key: RowKey, _ values: KeyValuePairs<Column, Value>) {
        self.key = key
        self.values = values.map { ($0.key, $0.value) }
    }

    public init(_ key: RowKey, values: [(Column, Value)]) {
        self.key = key
        self.values = values
    }

    func stored(columnCount: Int) -> FigureTable.Row {
        var labels = Array(repeating: "", count: columnCount)
        var numbers = Array(repeating: 0, count: columnCount)
        for (column, value) in values {
            switch value {
            case .text(let text): labels[column.index] = text
            case .number(let number): numbers[column.index] = number
            }
        }
        return FigureTable.Row(key: key, labels: labels, numbers: numbers)
    }
}

extension TableRow.Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
}
