import FamdashDisclosure
import FamdashModel

/// A published CSV read back as text fields, for comparing a site with the one it replaces.
enum CSVText {
    /// Rows of fields, header first; nil when the bytes are not a clean CSV (then the file is
    /// treated as absent: a damaged old file can cost a revision note, never a wrong one).
    static func rows(_ bytes: [UInt8]) -> [[String]]? {
        let (document, diagnostics) = CSVParser.parse(bytes, file: "")
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return document.records.map { record in (0..<record.fieldCount).map { document.string(record, $0) } }
    }

    /// The fields of a published table exactly as CSVWriter writes them.
    static func rows(_ table: PublishedTable) -> [[String]] {
        [table.header] + table.rows.map { row in
            row.map { value in
                if case .text(let text) = value { return CSVWriter.neutralised(text) }
                return value.csvText
            }
        }
    }
}
