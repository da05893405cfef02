import TOMLKit

/// Reads the outcome plan, `[[outcomes]]`: one rule per entry, checked against the measures.
enum OutcomeSettings {
    static let rules = ["reduce", "below", "at_most", "at_least", "step_down"]

    /// `fail(element, key, message)` reports at the key's position in programme.toml.
    static func load(_ value: any TOMLValueConvertible, measures: [Measure], fail: (Int, String, String) -> Void) -> [OutcomeRule] {
        guard let array = value.array else {
            fail(0, "outcomes", "'outcomes' must be a list of [[outcomes]] tables")
            return []
        }
        var outcomes: [OutcomeRule] = []
        var seen: Set<String> = []
        for element in 0..<array.count {
            var ok = true
            func problem(_ key: String, _ message: String) {
                fail(element, key, message)
                ok = false
            }
            guard let entry = array[element]?.table else {
                problem("key", "each [[outcomes]] entry must be a table with key, measure, rule and current")
                continue
            }
            let key = entry["key"]?.string ?? ""
            if key.isEmpty || !key.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }) {
                problem("key", "[[outcomes]] entry \(element + 1) needs key = \"...\" using only a-z, 0-9 and _")
            } else if !seen.insert(key).inserted {
                problem("key", "two [[outcomes]] have the key '\(key)'; keys must be unique")
            }
            let measureKey = entry["measure"]?.string ?? ""
            let measure = measures.firstIndex { $0.key == measureKey }
            if measure == nil {
                problem("measure", "outcome '\(key)' evidences measure '\(measureKey)', which is not a [[measures]] key (declared: \(measures.map(\.key).joined(separator: ", ")))")
            }
            let label = entry["label"]?.string?.trimmingCharacters() ?? ""
            let ruleName = entry["rule"]?.string ?? ""
            if !rules.contains(ruleName) {
                problem("rule", "outcome '\(key)' has rule '\(ruleName)'; write one of \(rules.joined(separator: ", "))")
            }
            func column(_ name: String) -> String? {
                guard let value = entry[name] else { return nil }
                guard let text = value.string?.trimmingCharacters(), !text.isEmpty else {
                    problem(name, "\(name) must name a column of families.csv, for example \(name) = \"offences_before\"")
                    return nil
                }
                return text.lowercased()
            }
            let current = column("current")
            if entry["current"] == nil { problem("current", "outcome '\(key)' needs current = \"COLUMN\", the families.csv column with the latest value") }
            let baseline = column("baseline")
            if baseline == nil && entry["baseline"] == nil && (ruleName == "reduce" || ruleName == "step_down") {
                problem("rule", "rule \(ruleName) compares with a baseline: outcome '\(key)' needs baseline = \"COLUMN\"")
            }
            func tenths(_ name: String, range: ClosedRange<Int>) -> Int? {
                guard let value = entry[name] else {
                    problem("rule", "rule \(ruleName) needs \(name) = N")
                    return nil
                }
                var found: Int?
                if let whole = value.int, whole.magnitude < 1_000_000_000_000 { found = whole * 10 } else if let double = value.double, double.magnitude < 1e12 {
                    let scaled = (double * 10).rounded()
                    if abs(double * 10 - scaled) < 1e-6 { found = Int(scaled) }
                }
                guard let found, range.contains(found) else {
                    problem(name, "\(name) must be a number with at most one decimal place, from \(range.lowerBound / 10) to \(range.upperBound / 10)")
                    return nil
                }
                return found
            }
            func months(_ name: String) -> Int? {
                guard let value = entry[name] else { return nil }
                guard let months = value.int, (1...120).contains(months) else {
                    problem(name, "\(name) must be a whole number of months from 1 to 120")
                    return nil
                }
                return months
            }
            var rule: OutcomeRule.Rule?
            switch ruleName {
            case "reduce":
                let byPct = tenths("by_pct", range: 1...1000)
                let before = months("baseline_months"), after = months("current_months")
                if (before == nil) != (after == nil) && ok {
                    problem(before == nil ? "current_months" : "baseline_months", "give both baseline_months and current_months (the months each column covers), or neither when they cover the same length of time")
                }
                if let byPct { rule = .reduce(byPctTenths: byPct, baselineMonths: before ?? 1, currentMonths: after ?? 1) }
            case "below", "at_most", "at_least":
                let limit = 9_999_999_999_999
                if let threshold = tenths("threshold", range: -limit...limit) {
                    rule = ruleName == "below" ? .below(threshold) : ruleName == "at_most" ? .atMost(threshold) : .atLeast(threshold)
                }
            case "step_down":
                let order = entry["order"]?.array.map { array in (0..<array.count).compactMap { array[$0]?.string?.trimmingCharacters().lowercased() } } ?? []
                if order.count < 2 || order.contains(where: \.isEmpty) || Set(order).count != order.count || order.count != entry["order"]?.array?.count {
                    problem(entry["order"] == nil ? "rule" : "order", "step_down needs order = [\"...\", ...]: two or more distinct statuses, most serious first")
                } else {
                    rule = .stepDown(order: order)
                }
            default: break
            }
            var sustained = 6
            if let value = entry["sustained_months"] {
                if let months = value.int, months >= 0, months <= 120, months % 3 == 0 { sustained = months } else {
                    problem("sustained_months", "sustained_months must be a whole number of months that is a multiple of 3 (a quarter), from 0 to 120")
                }
            }
            var alone = false
            if let value = entry["alone"] {
                if let flag = value.bool { alone = flag } else { problem("alone", "alone must be true or false") }
            }
            if ok, let measure, let rule, let current {
                outcomes.append(OutcomeRule(key: key, measure: measure, label: label.isEmpty ? key : label, rule: rule, baseline: baseline,
                                            current: current, sustainedMonths: sustained, alone: alone))
            }
        }
        return outcomes
    }
}
