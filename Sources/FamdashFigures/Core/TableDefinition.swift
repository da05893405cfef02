/// One published table, declared in one place: its file name, columns, how its rows are
/// computed from a period, what a reader can work out from it (its relations, for disclosure
/// control), and its description for the methodology page. `PublishedTables.all` lists them;
/// every later stage is driven by that list.
public protocol TableDefinition: Sendable {
    associatedtype Column: TableColumn

    /// DATA.md's NAME: `P/data/NAME.csv`.
    static var name: String { get }
    /// One or two sentences for the methodology page.
    static var summary: String { get }
    static var file: TableFile { get }

    /// The rows for a period in their published order, or nil when the programme does not
    /// publish this table (no `[finance]`, no rollout groups).
    static func rows(_ input: PeriodInput) -> [TableRow<Column>]?

    /// What a reader can work out from this table, alone and with the others of the period.
    static func relations(_ relations: inout RelationBuilder, _ input: PeriodInput)
}

extension TableDefinition {
    public static var file: TableFile { .csv }

    public static var columns: [ColumnSpec] { Column.allCases.map(ColumnSpec.init) }

    /// The CSV header.
    public static var header: [String] { Column.allCases.map(\.name) }

    static func figureTable(_ input: PeriodInput) -> FigureTable? {
        guard let rows = rows(input) else { return nil }
        var table = FigureTable(name: name, file: file, columns: columns)
        let count = Column.allCases.count
        for row in rows { table.append(row.stored(columnCount: count)) }
        return table
    }
}
