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

    /// Government open-data guidance: a cell starting =, +, - or @ is a formula to Excel. So is
    /// one where these come after leading whitespace, control or invisible characters (a tab, a
    /// CR or LF from a quoted field, a zero-width space): spreadsheets skip those when they
    /// decide. Either way the cell gets a leading `'`.
    public static func neutralised(_ text: String) -> String {
        for scalar in text.unicodeScalars {
            if "=+-@".unicodeScalars.contains(scalar) { return "'" + text }
            let category = scalar.properties.generalCategory
            guard scalar.properties.isWhitespace || category == .control || category == .format else { return text }
        }
        return text
    }

    static func field(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
