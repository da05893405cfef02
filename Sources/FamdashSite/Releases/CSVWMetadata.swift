import FamdashFigures
import FamdashModel

/// `NAME.csv-metadata.json` (W3C "Metadata Vocabulary for Tabular Data"): the columns of a
/// tidy file with their titles and datatypes, and `[c]` declared as the null value, so tools
/// such as csvlint or R's csvwr read counts as numbers and withheld cells as missing. Written
/// by hand, keys in a fixed order, so the bytes never change for the same tables.
public enum CSVWMetadata {
    struct Column {
        var name: String
        var description: String
        var datatype: String
        /// JSON of the null property (what a cell holds when there is no value); nil keeps
        /// CSVW's default, the empty cell.
        var null: String?
        var required = false
    }

    public static func json(table: String, settings: Settings) -> String {
        let period = Column(name: "period", description: "The quarter, YYYY-Qn (calendar quarter)",
                            datatype: #"{"base": "string", "format": "^[0-9]{4}-Q[1-4]$"}"#, null: nil, required: true)
        let columns = table == "areas" ? tableColumns(table) : [period] + tableColumns(table)
        var text = "{\n  \"@context\": \"http://www.w3.org/ns/csvw\",\n"
        text += "  \"url\": \(SummaryJSON.quoted(table + ".csv")),\n"
        text += "  \"dc:title\": \(SummaryJSON.quoted(title(table, settings: settings))),\n"
        let summary = table == "areas" ? "The wards of the programme, their ONS codes where given, and the locality of each."
            : table == Revision.tableName ? "Every published figure that changed after it was first published: the file, row and column, the figure before and after, and the date of the change."
            : TableDescriptions.summary(table)
        if !summary.isEmpty { text += "  \"dc:description\": \(SummaryJSON.quoted(summary)),\n" }
        if !settings.authority.isEmpty { text += "  \"dc:publisher\": \(SummaryJSON.quoted(settings.authority)),\n" }
        text += "  \"dialect\": {\"header\": true, \"encoding\": \"utf-8\"},\n"
        text += "  \"tableSchema\": {\n    \"columns\": [\n"
        text += columns.map { column in
            var members = ["\"name\": \(SummaryJSON.quoted(column.name))", "\"titles\": [\(SummaryJSON.quoted(column.name))]",
                           "\"dc:description\": \(SummaryJSON.quoted(column.description))", "\"datatype\": \(column.datatype)"]
            if let null = column.null { members.append("\"null\": \(null)") }
            if column.required { members.append("\"required\": true") }
            return "      {" + members.joined(separator: ", ") + "}"
        }.joined(separator: ",\n")
        text += "\n    ]\n  }\n}\n"
        return text
    }

    static func title(_ table: String, settings: Settings) -> String {
        "\(settings.name): \(table).csv, every quarter"
    }

    static let string = #""string""#
    static let withheld = #"["[c]"]"#

    static func tableColumns(_ table: String) -> [Column] {
        if table == "areas" {
            return [Column(name: "ward", description: "Ward", datatype: string, null: nil, required: true),
                    Column(name: "code", description: "ONS ward code; empty where not given", datatype: string, null: nil),
                    Column(name: "locality", description: "Locality the ward belongs to", datatype: string, null: nil, required: true)]
        }
        if table == Revision.tableName {
            return Revision.header.map { name in
                name == "revised_on"
                    ? Column(name: name, description: "The date the change was published", datatype: #"{"base": "date", "format": "yyyy-MM-dd"}"#, null: nil, required: true)
                    : Column(name: name, description: revisionDescriptions[name] ?? name, datatype: string, null: nil)
            }
        }
        let specs = PublishedTables.all.first { $0.name == table }?.columns ?? []
        return specs.enumerated().map { index, spec in
            let description = TableDescriptions.columnHeading(spec.name)
            switch spec.kind {
            case .label:
                // The row's key (its first field, or two: `RevisionKey`) is never empty.
                return Column(name: spec.name, description: description, datatype: string, null: nil, required: index < RevisionKey.width(of: table))
            case .derivedLabel:
                return Column(name: spec.name, description: description + "; [c] where withheld", datatype: string, null: withheld)
            case .comparison:
                return Column(name: spec.name, description: description + "; [x] where a count it rests on is withheld", datatype: string, null: #"["[x]"]"#)
            case .count:
                return Column(name: spec.name, description: description + "; [c] where withheld", datatype: #"{"base": "nonNegativeInteger"}"#, null: withheld)
            case .amount:
                return Column(name: spec.name, description: description + " (whole pounds); [c] where withheld", datatype: #"{"base": "nonNegativeInteger"}"#, null: withheld)
            case .percent:
                return Column(name: spec.name, description: description + " (one decimal place); [c] where withheld", datatype: #"{"base": "decimal", "minimum": 0}"#, null: withheld)
            }
        }
    }

    static let revisionDescriptions = [
        "file": "The revised CSV file of the quarter",
        "row": "The row's key: its first field, or its first two joined by ' / '",
        "column": "The revised column",
        "previous": "The figure as first published (empty for a new row)",
        "current": "The figure as published now (empty for a row no longer published)",
    ]
}
