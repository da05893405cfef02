import FamdashDisclosure
import FamdashFigures

/// `P/summary.json`: the period's exact totals (a total under min_count is "[c]").
public enum SummaryJSON {
    public static func json(_ period: PublishedPeriod) -> String {
        var members = ["  \"period\": \"\(period.period)\""]
        // summary.json gathers every table published there (the totals, then turned_around).
        for table in period.tables where table.file == .summaryJSON {
            guard let values = table.rows.first else { continue }
            for (key, value) in zip(table.header, values) {
            switch value {
            case .count(let count): members.append("  \"\(key)\": \(count)")
            default: members.append("  \"\(key)\": \"[c]\"")
            }
            }
        }
        members.append("  \"min_count\": \(period.minCount)")
        return "{\n" + members.joined(separator: ",\n") + "\n}\n"
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
