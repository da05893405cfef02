import TOMLKit

/// Reads `[finance]` with its optional `funded`, `[[finance.claims]]` and `[[finance.years]]`.
enum FinanceSettings {
    /// `fail(table, element, key, message)` reports at the key's position in programme.toml.
    static func load(_ value: any TOMLValueConvertible, fail: (String, Int, String, String) -> Void) -> Finance? {
        guard let finance = value.table else {
            fail("", 0, "finance", "'finance' must be a table: [finance] with attachment_fee and results_payment")
            return nil
        }
        var ok = true
        func amount(_ table: TOMLTable, _ key: String, in tableName: String, element: Int = 0, required: Bool) -> Int? {
            guard let value = table[key] else {
                if required { fail(tableName, element, key, "[\(tableName)] needs \(key) = N, whole pounds, 0 or more"); ok = false }
                return nil
            }
            guard let amount = value.int, amount >= 0, amount <= InputLimits.rate else {
                if let amount = value.int, amount > InputLimits.rate {
                    fail(tableName, element, key, "\(key) is \(amount) pounds per family, above the limit of \(InputLimits.rate); whole pounds, 0 to \(InputLimits.rate)")
                } else {
                    fail(tableName, element, key, "\(key) must be whole pounds from 0 to \(InputLimits.rate), for example \(key) = 800")
                }
                ok = false
                return nil
            }
            return amount
        }

        var claims: [Finance.ClaimKind] = []
        if let value = finance["claims"] {
            if let array = value.array {
                var seen: Set<String> = []
                for element in 0..<array.count {
                    guard let entry = array[element]?.table, let key = entry["key"]?.string else {
                        fail("finance.claims", element, "key", "each [[finance.claims]] needs key = \"...\" (the value of claim_type in families.csv)")
                        ok = false
                        continue
                    }
                    guard !key.isEmpty, key.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }) else {
                        fail("finance.claims", element, "key", "claim key '\(key)' may use only a-z, 0-9 and _")
                        ok = false
                        continue
                    }
                    guard seen.insert(key).inserted else {
                        fail("finance.claims", element, "key", "two [[finance.claims]] have the key '\(key)'; keys must be unique")
                        ok = false
                        continue
                    }
                    let label = entry["label"]?.string?.trimmingCharacters() ?? key
                    var turned = true
                    if let flag = entry["turned_around"] {
                        if let bool = flag.bool { turned = bool } else {
                            fail("finance.claims", element, "turned_around", "turned_around must be true or false")
                            ok = false
                        }
                    }
                    claims.append(Finance.ClaimKind(key: key, label: label.isEmpty ? key : label, turnedAround: turned))
                }
            } else {
                fail("finance", 0, "claims", "'claims' must be a list of [[finance.claims]] tables")
                ok = false
            }
        }

        var years: [Finance.Year] = []
        if let value = finance["years"] {
            if let array = value.array, array.count > 0 {
                for element in 0..<array.count {
                    guard let entry = array[element]?.table else {
                        fail("finance.years", element, "from", "each [[finance.years]] must be a table with from, attachment_fee and results")
                        ok = false
                        continue
                    }
                    var from: Day?
                    if let text = entry["from"]?.string { from = Day(parsing: text.trimmingCharacters()) } else if let date = entry["from"]?.date {
                        from = Day(year: date.year, month: date.month, day: date.day)
                    }
                    guard let from else {
                        fail("finance.years", element, "from", "[[finance.years]] needs from = \"YYYY-MM-DD\", the first day of the rates (usually 1 April)")
                        ok = false
                        continue
                    }
                    if let last = years.last, from <= last.from {
                        fail("finance.years", element, "from", "[[finance.years]] from \(from) is not after the entry before it (\(last.from)); list the years in date order")
                        ok = false
                    }
                    let fee = amount(entry, "attachment_fee", in: "finance.years", element: element, required: true)
                    var results: [Int] = []
                    if claims.isEmpty {
                        // One kind of claim: paid results_payment, whatever the year.
                        results = [0]
                    } else if let rates = entry["results"]?.table {
                        for claim in claims {
                            if let rate = rates[claim.key]?.int, rate >= 0, rate <= InputLimits.rate {
                                results.append(rate)
                            } else if rates[claim.key] != nil {
                                fail("finance.years", element, "results", "the results rate for the claim kind '\(claim.key)' in the year from \(from) must be whole pounds from 0 to \(InputLimits.rate)")
                                ok = false
                            } else {
                                fail("finance.years", element, "results", "the year from \(from) has no results rate for the claim kind '\(claim.key)' (whole pounds, 0 or more); every kind needs a rate in every year")
                                ok = false
                            }
                        }
                        for key in rates.keys.sorted() where !claims.contains(where: { $0.key == key }) {
                            fail("finance.years", element, "results", "results names '\(key)', which is not a [[finance.claims]] key")
                            ok = false
                        }
                    } else {
                        fail("finance.years", element, "results", "the year from \(from) needs results = { \(claims.map { "\($0.key) = N" }.joined(separator: ", ")) }, a rate for every kind of claim")
                        ok = false
                    }
                    if let fee { years.append(Finance.Year(from: from, attachmentFee: fee, results: results)) }
                }
            } else {
                fail("finance", 0, "years", "'years' must be a list of [[finance.years]] tables")
                ok = false
            }
        }

        let fee = amount(finance, "attachment_fee", in: "finance", required: years.isEmpty)
        // With yearly rates for every kind, results_payment is not used; otherwise every claim is paid it.
        let payment = amount(finance, "results_payment", in: "finance", required: years.isEmpty || claims.isEmpty)
        if years.isEmpty, let fee {
            years = [Finance.Year(from: Day(year: 1, month: 1, day: 1)!, attachmentFee: fee, results: [])]
        }
        if claims.isEmpty || finance["years"] == nil, let payment {
            for index in years.indices { years[index].results = Array(repeating: payment, count: max(1, claims.count)) }
        }

        var funded = Finance.Share.whole
        if let value = finance["funded"] {
            if let share = share(value) { funded = share } else {
                fail("finance", 0, "funded", "funded must be a fraction from 0 to 1 such as \"5/6\", or \"1\" (the default: every family funded)")
                ok = false
            }
        }
        return ok ? Finance(claims: claims, years: years, funded: funded) : nil
    }

    /// "5/6", "1" or 1: a share from 0 to 1.
    static func share(_ value: any TOMLValueConvertible) -> Finance.Share? {
        if let whole = value.int { return whole == 1 || whole == 0 ? Finance.Share(whole, 1) : nil }
        guard let text = value.string?.trimmingCharacters() else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters() }
        let digits = { (part: String) in !part.isEmpty && part.count <= 6 && part.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
        guard parts.allSatisfy(digits), let numerator = Int(parts[0]) else { return nil }
        let denominator = parts.count == 2 ? Int(parts[1]) ?? 0 : parts.count == 1 ? 1 : 0
        guard denominator > 0, numerator <= denominator else { return nil }
        return Finance.Share(numerator, denominator)
    }
}
