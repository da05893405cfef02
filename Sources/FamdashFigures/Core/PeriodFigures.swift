import FamdashModel

/// Every figure of one period before disclosure control, with what a reader could work out
/// from them once published.
public struct PeriodFigures: Sendable {
    public var period: PeriodName
    /// In the order of `PublishedTables.all`, those the programme publishes.
    public var tables: [FigureTable]
    public var relations: [Relation]
    /// True values of the relations' hidden quantities, by id.
    public var hiddenValues: [Int]
    /// Amounts in pounds and the counts each is made from.
    public var amountSources: [CellRef: [CellRef]]
    /// Derived labels and the counts beyond their row they rest on (`RelationBuilder.label`).
    public var labelSources: [CellRef: [CellRef]]

    public init(period: PeriodName, tables: [FigureTable], relations: [Relation], hiddenValues: [Int] = [],
                amountSources: [CellRef: [CellRef]] = [:], labelSources: [CellRef: [CellRef]] = [:]) {
        self.period = period
        self.tables = tables
        self.relations = relations
        self.hiddenValues = hiddenValues
        self.amountSources = amountSources
        self.labelSources = labelSources
    }

    /// Computes every table of `PublishedTables.all` and their relations. Pure.
    public init(_ input: PeriodInput, tables definitions: [any TableDefinition.Type] = PublishedTables.all) {
        var tables: [FigureTable] = []
        var published: [any TableDefinition.Type] = []
        for definition in definitions {
            if let table = definition.figureTable(input) {
                tables.append(table)
                published.append(definition)
            }
        }
        var builder = RelationBuilder(tables: tables)
        for definition in published { definition.relations(&builder, input) }
        self.init(period: input.period.name, tables: builder.tables, relations: builder.relations,
                  hiddenValues: builder.hiddenValues, amountSources: builder.amountSources, labelSources: builder.labelSources)
    }

    public func table(_ name: String) -> FigureTable? { tables.first { $0.name == name } }
    public func tableIndex(_ name: String) -> Int? { tables.firstIndex { $0.name == name } }

    public func value(_ cell: CellRef) -> Int { tables[cell.table].rows[cell.row].numbers[cell.column] }

    /// Every count and amount, in table, row, column order.
    public var numberCells: [CellRef] {
        var cells: [CellRef] = []
        for (tableIndex, table) in tables.enumerated() {
            let columns = table.numberColumns
            for row in table.rows.indices {
                for column in columns { cells.append(CellRef(table: tableIndex, row: row, column: column)) }
            }
        }
        return cells
    }

    public func spec(_ cell: CellRef) -> ColumnSpec { tables[cell.table].columns[cell.column] }
}
