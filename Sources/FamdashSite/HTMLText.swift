import FamdashCharts

/// Escaping for names from the data wherever they land in a page.
public enum HTMLText {
    /// Text content and double-quoted attribute values.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(character)
            }
        }
        return output
    }

    /// "1,234": thousands separators for reading, as GOV.UK style asks (the charts' own rule).
    public static func grouped(_ value: Int) -> String { ChartText.grouped(value) }
}
