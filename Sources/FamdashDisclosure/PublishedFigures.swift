import FamdashFigures
import FamdashModel

/// A cell as the world sees it. Everything downstream (CSV, JSON, pages, charts) is drawn
/// from these, never from raw counts, so nothing can show what disclosure control hid.
public enum PublishedValue: Sendable, Equatable {
    case text(String)
    case count(Int)
    /// Tenths of a percent: 125 is 12.5%.
    case percent(Int)
    case suppressed

    /// The value as DATA.md writes it in a CSV ("[c]" for suppressed, "12.5" for a percentage).
    public var csvText: String {
        switch self {
        case .text(let text): text
        case .count(let count): String(count)
        case .percent(let tenths): PercentText.text(tenths: tenths)
        case .suppressed: "[c]"
        }
    }

    public var count: Int? { if case .count(let value) = self { value } else { nil } }
    public var tenths: Int? { if case .percent(let value) = self { value } else { nil } }
    public var isSuppressed: Bool { self == .suppressed }
}

/// "12.5" from 125 tenths: the one place a percentage is written out.
public enum PercentText {
    public static func text(tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}

/// One published table: its header, and rows with their keys, after disclosure control.
public struct PublishedTable: Sendable, Equatable {
    public var name: String
    public var file: TableFile
    public var header: [String]
    public var keys: [RowKey]
    public var rows: [[PublishedValue]]
    /// Cells revised since the quarter was first published (revisions.csv): column numbers by
    /// row number; pages mark them [r]. Not part of the figures, so not of equality.
    public var revised: [Int: Set<Int>] = [:]
    private var rowOfKey: [RowKey: Int]

    public init(name: String, file: TableFile = .csv, header: [String], keys: [RowKey], rows: [[PublishedValue]]) {
        self.name = name
        self.file = file
        self.header = header
        self.keys = keys
        self.rows = rows
        var index: [RowKey: Int] = [:]
        for (row, key) in keys.enumerated() { index[key] = row }
        rowOfKey = index
    }

    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
    public func row(_ key: RowKey) -> [PublishedValue]? { rowOfKey[key].map { rows[$0] } }
    public func rowIndex(_ key: RowKey) -> Int? { rowOfKey[key] }

    /// The columns of a row that were revised.
    func revisedColumns(ofRow row: Int) -> Set<Int> { revised[row] ?? [] }

    public static func == (lhs: PublishedTable, rhs: PublishedTable) -> Bool {
        lhs.name == rhs.name && lhs.file == rhs.file && lhs.header == rhs.header && lhs.keys == rhs.keys && lhs.rows == rhs.rows
    }
}

/// One period's figures after disclosure control: what every later stage reads.
public struct PublishedPeriod: Sendable {
    public var period: PeriodName
    /// Every table published for the period, in `PublishedTables.all` order (summary included).
    public var tables: [PublishedTable]
    public var suppressedCount: Int
    public var minCount: Int

    public init(period: PeriodName, tables: [PublishedTable], suppressedCount: Int, minCount: Int) {
        self.period = period
        self.tables = tables
        self.suppressedCount = suppressedCount
        self.minCount = minCount
    }

    public func table(_ name: String) -> PublishedTable? { tables.first { $0.name == name } }

    /// A table by its declaration, addressed by key and column case.
    public func table<T: TableDefinition>(_ definition: T.Type) -> TableView<T>? {
        table(T.name).map(TableView.init)
    }

    /// The CSV files of the period, in order.
    public var csvTables: [PublishedTable] { tables.filter { $0.file == .csv } }

    /// A summary.json total.
    public func total(_ column: SummaryTable.Column) -> PublishedValue {
        table(SummaryTable.self)?[.total]?[column] ?? .suppressed
    }

    /// Applies a suppression to figures: counts become `[c]`, and so do the amounts, labels and
    /// percentages made from them.
    public init(figures: PeriodFigures, suppression: Suppression, minCount: Int) {
        period = figures.period
        self.minCount = minCount
        suppressedCount = suppression.cells.count
        tables = figures.tables.enumerated().map { tableIndex, table in
            Self.publish(table, tableIndex: tableIndex, suppression: suppression, labelSources: figures.labelSources)
        }
    }

    private static func publish(_ table: FigureTable, tableIndex: Int, suppression: Suppression,
                                labelSources: [CellRef: [CellRef]]) -> PublishedTable {
        let totals = table.columns.indices.map { table.columns[$0].isNumber ? table.total(ofColumn: $0) : 0 }
        func hidden(_ row: Int, _ column: Int) -> Bool {
            suppression.contains(CellRef(table: tableIndex, row: row, column: column))
        }
        var rows: [[PublishedValue]] = []
        rows.reserveCapacity(table.rows.count)
        for (rowIndex, row) in table.rows.enumerated() {
            var values: [PublishedValue] = []
            values.reserveCapacity(table.columns.count)
            for (columnIndex, column) in table.columns.enumerated() {
                switch column.kind {
                case .label:
                    values.append(.text(row.labels[columnIndex]))
                case .derivedLabel(let of):
                    values.append(hidden(rowIndex, of) ? .suppressed : .text(row.labels[columnIndex]))
                case .comparison(let first, let second):
                    let sources = labelSources[CellRef(table: tableIndex, row: rowIndex, column: columnIndex)] ?? []
                    let withheld = hidden(rowIndex, first) || hidden(rowIndex, second) || sources.contains(where: suppression.contains)
                    values.append(.text(withheld ? PublishedNames.notCompared : row.labels[columnIndex]))
                case .count, .amount:
                    values.append(hidden(rowIndex, columnIndex) ? .suppressed : .count(row.numbers[columnIndex]))
                case .percent(let of, let base):
                    let count = row.numbers[of]
                    guard !hidden(rowIndex, of) else { values.append(.suppressed); continue }
                    switch base {
                    case .columnTotal:
                        values.append(.percent(Percentage.tenths(count, of: totals[of])))
                    case .labelNumber(let labelColumn):
                        values.append(.percent(Percentage.tenths(count, of: Int(row.labels[labelColumn]) ?? 0)))
                    case .column(let baseColumn):
                        // A zero part of a hidden base is 0.0 whatever the base: it reveals nothing.
                        let baseHidden = hidden(rowIndex, baseColumn)
                        values.append(baseHidden && count != 0 ? .suppressed : .percent(Percentage.tenths(count, of: row.numbers[baseColumn])))
                    case .columnBoth(let baseColumn):
                        values.append(hidden(rowIndex, baseColumn) ? .suppressed : .percent(Percentage.tenths(count, of: row.numbers[baseColumn])))
                    }
                }
            }
            rows.append(values)
        }
        return PublishedTable(name: table.name, file: table.file, header: table.columns.map(\.name),
                              keys: table.rows.map(\.key), rows: rows)
    }
}

/// A published table addressed by its declaration's keys and column cases.
public struct TableView<T: TableDefinition>: Sendable {
    public let table: PublishedTable

    public init(_ table: PublishedTable) { self.table = table }

    public var rows: [RowView<T>] {
        table.rows.indices.map { RowView(key: table.keys[$0], values: table.rows[$0], revised: table.revisedColumns(ofRow: $0)) }
    }
    public var isEmpty: Bool { table.rows.isEmpty }

    public subscript(key: RowKey) -> RowView<T>? {
        table.rowIndex(key).map { RowView(key: key, values: table.rows[$0], revised: table.revisedColumns(ofRow: $0)) }
    }

    /// One column, in row order.
    public func column(_ column: T.Column) -> [PublishedValue] { table.rows.map { $0[column.index] } }
}

public struct RowView<T: TableDefinition>: Sendable {
    public let key: RowKey
    public let values: [PublishedValue]
    /// Column numbers of the cells revised since first publication.
    public let revised: Set<Int>

    public init(key: RowKey, values: [PublishedValue], revised: Set<Int> = []) {
        self.key = key
        self.values = values
        self.revised = revised
    }

    public subscript(column: T.Column) -> PublishedValue { values[column.index] }
    public func isRevised(_ column: T.Column) -> Bool { revised.contains(column.index) }

    /// A label cell's text (or a value as the CSV writes it).
    public func text(_ column: T.Column) -> String { values[column.index].csvText }
}
