import FamdashModel

/// Every figure published for one period, with the relations that tie them together.
public struct PeriodFigures: Sendable {
    public var period: PeriodName
    /// In publication order: wards, localities, rag, ages, ages-detail, allocations,
    /// ward-allocations, then summary (written as summary.json, not a CSV).
    public var tables: [FigureTable]
    public var relations: [Relation]
    /// Counts that are never chosen for secondary suppression: summary totals and percentage
    /// bases (suppressing a base would let its parts' percentages give it away).
    public var protectedCells: Set<CellRef>

    public init(period: PeriodName, tables: [FigureTable], relations: [Relation], protectedCells: Set<CellRef>) {
        self.period = period
        self.tables = tables
        self.relations = relations
        self.protectedCells = protectedCells
    }

    public func table(_ name: String) -> FigureTable? { tables.first { $0.name == name } }
    public func tableIndex(_ name: String) -> Int? { tables.firstIndex { $0.name == name } }

    public func value(_ cell: CellRef) -> Int { tables[cell.table].rows[cell.row].counts[cell.column] }

    /// Every count cell, in table, row, column order.
    public var countCells: [CellRef] {
        var cells: [CellRef] = []
        for (tableIndex, table) in tables.enumerated() {
            let counts = table.countColumns
            for row in table.rows.indices {
                for column in counts { cells.append(CellRef(table: tableIndex, row: row, column: column)) }
            }
        }
        return cells
    }
}
