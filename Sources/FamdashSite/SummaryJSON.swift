import FamdashDisclosure

/// `P/summary.json`: the period's exact totals (a total under min_count is "[c]").
public enum SummaryJSON {
    public static func json(_ period: PublishedPeriod) -> String {
        var members = ["  \"period\": \"\(period.period)\""]
        for (key, value) in period.summary {
            switch value {
            case .count(let count): members.append("  \"\(key)\": \(count)")
            default: members.append("  \"\(key)\": \"[c]\"")
            }
        }
        members.append("  \"min_count\": \(period.minCount)")
        return "{\n" + members.joined(separator: ",\n") + "\n}\n"
    }
}
