import FamdashDisclosure

/// Writes a published table as DATA.md fixes: header line, LF line ends, UTF-8, RFC 4180
/// quoting, and text cells that a spreadsheet would run as a formula neutralised with `'`.
public enum CSVWriter {
    public static func csv(_ table: PublishedTable) -> String {
        var output = table.header.map(field).joined(separator: ",") + "\n"
        for row in table.rows {
            output += row.map { value -> String in
                if case .text(let text) = value { return field(neutralised(text)) }
                return value.csvText
            }.joined(separator: ",")
            output += "\n"
        }
        return output
    }

    /// Government open-data guidance: a cell starting =, +, - or @ is a formula to Excel.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return "=+-@".unicodeScalars.contains(first) ? "'" + text : text
    }

    static func field(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
