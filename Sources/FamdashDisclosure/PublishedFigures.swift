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
        case .percent(let tenths): "\(tenths / 10).\(tenths % 10)"
        case .suppressed: "[c]"
        }
    }

    public var count: Int? { if case .count(let value) = self { value } else { nil } }
    public var isSuppressed: Bool { self == .suppressed }
}

public struct PublishedTable: Sendable, Equatable {
    public var name: String
    public var header: [String]
    public var rows: [[PublishedValue]]

    public init(name: String, header: [String], rows: [[PublishedValue]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}

/// One period's figures after disclosure control.
public struct PublishedPeriod: Sendable {
    public var period: PeriodName
    /// The CSV tables, in DATA.md order (summary excluded).
    public var tables: [PublishedTable]
    /// summary.json's totals: families, people, allocated, claims.
    public var summary: [(key: String, value: PublishedValue)]
    public var suppressedCount: Int
    public var minCount: Int

    public func table(_ name: String) -> PublishedTable? { tables.first { $0.name == name } }
    public func summaryValue(_ key: String) -> PublishedValue? { summary.first { $0.key == key }?.value }

    /// Applies a suppression to figures.
    public init(figures: PeriodFigures, suppression: Suppression, minCount: Int) {
        period = figures.period
        self.minCount = minCount
        suppressedCount = suppression.cells.count
        var tables: [PublishedTable] = []
        var summary: [(String, PublishedValue)] = []
        for (tableIndex, table) in figures.tables.enumerated() {
            func published(_ row: Int, _ column: Int) -> PublishedValue {
                let cell = CellRef(table: tableIndex, row: row, column: column)
                return suppression.contains(cell) ? .suppressed : .count(table.rows[row].counts[column])
            }
            if table.name == "summary" {
                summary = table.columns.indices.map { (table.columns[$0].name, published(0, $0)) }
                continue
            }
            let totals = table.columns.indices.map { column -> Int in
                if case .count = table.columns[column].kind { return table.total(ofColumn: column) }
                return 0
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
                        let hidden = suppression.contains(CellRef(table: tableIndex, row: rowIndex, column: of))
                        values.append(hidden ? .suppressed : .text(row.labels[columnIndex]))
                    case .count:
                        values.append(published(rowIndex, columnIndex))
                    case .percent(let of, let base):
                        let count = row.counts[of]
                        let countHidden = suppression.contains(CellRef(table: tableIndex, row: rowIndex, column: of))
                        switch base {
                        case .columnTotal:
                            values.append(countHidden ? .suppressed : .percent(Percentage.tenths(count, of: totals[of])))
                        case .labelNumber(let labelColumn):
                            let base = Int(row.labels[labelColumn]) ?? 0
                            values.append(countHidden ? .suppressed : .percent(Percentage.tenths(count, of: base)))
                        case .column(let baseColumn):
                            let baseHidden = suppression.contains(CellRef(table: tableIndex, row: rowIndex, column: baseColumn))
                            let total = row.counts[baseColumn]
                            // A zero part of a hidden base is 0.0 whatever the base: it reveals nothing.
                            values.append(countHidden || (baseHidden && count != 0) ? .suppressed : .percent(Percentage.tenths(count, of: total)))
                        }
                    }
                }
                rows.append(values)
            }
            tables.append(PublishedTable(name: table.name, header: table.columns.map(\.name), rows: rows))
        }
        self.tables = tables
        self.summary = summary
    }
}
