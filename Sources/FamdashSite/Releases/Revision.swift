/// One changed cell of a published CSV: a row of `P/data/revisions.csv` (DATA.md "Releases").
public struct Revision: Equatable, Sendable {
    /// The CSV file, "wards.csv".
    public var file: String
    /// The row's key: its first field, or its first two joined by " / " (`RevisionKey`).
    public var row: String
    public var column: String
    /// The field as the replaced site published it; empty for a row that is new.
    public var previous: String
    /// The field as published now; empty for a row that is gone.
    public var current: String
    /// YYYY-MM-DD: the generated-on date of the build that found the change.
    public var revisedOn: String

    public init(file: String, row: String, column: String, previous: String, current: String, revisedOn: String) {
        self.file = file
        self.row = row
        self.column = column
        self.previous = previous
        self.current = current
        self.revisedOn = revisedOn
    }

    public static let header = ["file", "row", "column", "previous", "current", "revised_on"]
    /// Name of the revisions table (`P/data/revisions.csv`).
    public static let tableName = "revisions"

    var fields: [String] { [file, row, column, previous, current, revisedOn] }
}

/// How a row of a published table is named in revisions.csv.
enum RevisionKey {
    /// Tables whose first field repeats (a ward once per measure): DATA.md keys them by two.
    static let twoFieldTables: Set<String> = ["ward-rag", "rag-movement", "rollout-agencies"]

    static func width(of table: String) -> Int { twoFieldTables.contains(table) ? 2 : 1 }

    static func key(_ fields: [String], table: String) -> String {
        fields.prefix(width(of: table)).joined(separator: " / ")
    }
}
