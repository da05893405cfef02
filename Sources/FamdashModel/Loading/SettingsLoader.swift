import TOMLKit

/// Reads `programme.toml` with TOMLKit and checks every setting DATA.md defines.
public enum SettingsLoader {
    /// Column names of families.csv that a measure key must not take.
    static let reservedColumns: Set<String> = [
        "family_id", "ward", "allocation", "lead_agency", "level", "rollout_group",
        "identified_on", "allocated_on", "claimed_on", "claim_type",
    ]
    /// Measure keys that would take a page's file name (`measures/KEY.html`): the measures
    /// overview, and names Windows cannot give a file (a site may be copied to a Windows host).
    static let reservedPageNames: Set<String> = Set(["index", "con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// What an isolated trial parse of the text found (see `TOMLGuard`).
    public enum TrialParse: Sendable {
        case parses
        /// The parser stopped the process it ran in: the text must not be parsed here.
        case crashes
    }

    /// - Parameter trial: parses the text somewhere it cannot take this process down (the
    ///   command line uses a child process); nil parses in-process.
    public static func load(_ text: String, file: String, trial: ((String) -> TrialParse)? = nil) -> (settings: Settings?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if let problem = TOMLPrecheck.problem(in: text) {
            diagnostics.append(.error(file, problem.line, problem.column, problem.message))
            return (nil, diagnostics)
        }
        if let trial, trial(text) == .crashes {
            diagnostics.append(.error(file, 1, 1, "TOML syntax: the file cannot be read as TOML (the parser gave up without a position); check for an unfinished line, a missing value after =, or an unclosed [ or \""))
            return (nil, diagnostics)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let message = error.description.prefix(1).lowercased() + error.description.dropFirst()
            diagnostics.append(.error(file, error.source.begin.line, error.source.begin.column, "TOML syntax: \(message)"))
            return (nil, diagnostics)
        } catch {
            diagnostics.append(.error(file, 1, 1, "cannot be read as TOML: \(error)"))
            return (nil, diagnostics)
        }
        let index = TOMLLineIndex(text)

        func fail(_ table: String = "", element: Int = 0, key: String, _ message: String) {
            let place = index.position(table: table, element: element, key: key)
                ?? index.headerLine(table, element: element).map { ($0, 1) }
            diagnostics.append(.error(file, place?.0 ?? 1, place?.1 ?? 1, message))
        }
        func warn(_ table: String = "", key: String, _ message: String) {
            let place = index.position(table: table, key: key) ?? index.headerLine(table).map { ($0, 1) }
            diagnostics.append(.warning(file, place?.0 ?? 1, place?.1 ?? 1, message))
        }

        let known = Set(["name", "authority", "measures", "disclosure", "targets", "finance", "outcomes"]).union(ReleaseSettingsLoader.keys)
        for key in table.keys.sorted() where !known.contains(key) {
            warn(key: key, "unknown setting '\(ShownText.quoted(key))' is ignored")
        }

        var name = ""
        if let value = table["name"] {
            if let text = value.string, let problem = ValueParsers.labelProblem(text.trimmingCharacters(), what: "name", allowingControls: false) {
                fail(key: "name", problem)
            } else if let text = value.string, !text.trimmingCharacters().isEmpty {
                name = text.trimmingCharacters()
            } else {
                fail(key: "name", "'name' must be a non-empty string, for example name = \"Priority Families\"")
            }
        } else {
            diagnostics.append(.error(file, 1, 1, "missing 'name': add a line such as name = \"Priority Families\" at the top"))
        }

        var authority = ""
        if let value = table["authority"] {
            if let text = value.string, let problem = ValueParsers.labelProblem(text.trimmingCharacters(), what: "authority", allowingControls: false) {
                fail(key: "authority", problem)
            } else if let text = value.string { authority = text.trimmingCharacters() } else {
                fail(key: "authority", "'authority' must be a string, for example authority = \"Derby City Council\"")
            }
        }

        var measures: [Measure] = []
        if let value = table["measures"] {
            if let array = value.array, array.count > InputLimits.measures {
                fail("measures", element: InputLimits.measures, key: "key", "\(array.count) [[measures]] entries; at most \(InputLimits.measures) are allowed (phase 1 uses four, phase 2 six)")
            } else if let array = value.array, array.count > 0 {
                var firstLineOfKey: [String: Int] = [:]
                for element in 0..<array.count {
                    guard let entry = array[element]?.table else {
                        fail("measures", element: element, key: "key", "each [[measures]] entry must be a table with key and label")
                        continue
                    }
                    guard let key = entry["key"]?.string else {
                        fail("measures", element: element, key: "key", "[[measures]] entry \(element + 1) needs key = \"...\" (lower-case letters, digits and _)")
                        continue
                    }
                    let valid = !key.isEmpty && key.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
                    if !valid {
                        // Only what the rule allows: "Crime & ASB" -> "crime___asb", "Éducation" -> "_ducation".
                        let suggestion = String(key.lowercased().unicodeScalars.map { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") ? Character($0) : "_" })
                        let example = suggestion.isEmpty ? "" : "; for example '\(ShownText.quoted(suggestion))'"
                        fail("measures", element: element, key: "key", "measure key '\(ShownText.quoted(key))' may use only a-z, 0-9 and _ (it names columns in families.csv)\(example)")
                        continue
                    }
                    if key.count > InputLimits.labelLength {
                        fail("measures", element: element, key: "key", "measure key '\(ShownText.quoted(key))' is longer than \(InputLimits.labelLength) characters; keys name columns and pages, so keep them short")
                        continue
                    }
                    if reservedPageNames.contains(key) {
                        fail("measures", element: element, key: "key", "measure key '\(key)' is reserved: it would name the page measures/\(key).html, which is taken or cannot be a file name; choose another key")
                        continue
                    }
                    if reservedColumns.contains(key) || key.hasSuffix("_rag") {
                        fail("measures", element: element, key: "key", "measure key '\(key)' clashes with a column of families.csv; choose another key")
                        continue
                    }
                    let line = index.position(table: "measures", element: element, key: "key")?.line ?? 1
                    if let first = firstLineOfKey[key] {
                        fail("measures", element: element, key: "key", "two measures have the key '\(key)' (the first on line \(first)); keys must be unique")
                        continue
                    }
                    firstLineOfKey[key] = line
                    var label = key
                    if let labelValue = entry["label"] {
                        if let text = labelValue.string, let problem = ValueParsers.labelProblem(text.trimmingCharacters(), what: "measure label", allowingControls: false) {
                            fail("measures", element: element, key: "label", problem)
                        } else if let text = labelValue.string, !text.trimmingCharacters().isEmpty { label = text.trimmingCharacters() } else {
                            fail("measures", element: element, key: "label", "measure label must be a non-empty string")
                        }
                    }
                    var description: String?
                    if let descriptionValue = entry["description"] {
                        if let text = descriptionValue.string, !text.trimmingCharacters().isEmpty { description = text.trimmingCharacters() } else {
                            fail("measures", element: element, key: "description", "measure description must be a non-empty string: the qualifying criterion in words")
                        }
                    }
                    measures.append(Measure(key: key, label: label, description: description))
                }
            } else {
                fail(key: "measures", "'measures' must be a list of [[measures]] tables, each with key and label")
            }
        } else {
            diagnostics.append(.error(file, 1, 1, "no measures: add at least one [[measures]] table with key and label"))
        }

        var minCount = 5
        if let disclosure = table["disclosure"] {
            if let disclosureTable = disclosure.table {
                if let value = disclosureTable["min_count"] {
                    if let count = value.int, count >= 0, count <= InputLimits.minCount {
                        minCount = count
                    } else if let count = value.int, count > InputLimits.minCount {
                        fail("disclosure", key: "min_count", "min_count is \(count) but must be at most \(InputLimits.minCount); 5 or 10 are usual")
                    } else if let count = value.int {
                        fail("disclosure", key: "min_count", "min_count is \(count) but must be 0 (no suppression) or more; 5 or 10 are usual")
                    } else {
                        fail("disclosure", key: "min_count", "min_count must be a whole number, for example min_count = 5")
                    }
                } else {
                    warn("disclosure", key: "min_count", "[disclosure] has no min_count: using min_count = 5")
                }
            } else {
                fail(key: "disclosure", "'disclosure' must be a table: [disclosure] then min_count = 5")
            }
        } else {
            diagnostics.append(.warning(file, 1, 1, "no [disclosure] section: suppressing counts below 5 (min_count = 5); add [disclosure] min_count = N to choose"))
        }

        var targets: [Target] = []
        if let value = table["targets"] {
            if let array = value.array, array.count > InputLimits.targets {
                fail("targets", element: InputLimits.targets, key: "by", "\(array.count) [[targets]] entries; at most \(InputLimits.targets) are allowed")
            } else if let array = value.array {
                for element in 0..<array.count {
                    guard let entry = array[element]?.table else {
                        fail("targets", element: element, key: "by", "each [[targets]] entry must be a table with by and families")
                        continue
                    }
                    var day: Day?
                    if let text = entry["by"]?.string {
                        day = Day(parsing: text.trimmingCharacters())
                        if day == nil {
                            fail("targets", element: element, key: "by", "target date '\(ShownText.quoted(text))' is not a date; write it as YYYY-MM-DD, for example \"2014-03-31\"")
                        }
                    } else if let date = entry["by"]?.date {
                        day = Day(year: date.year, month: date.month, day: date.day)
                        if day == nil {
                            fail("targets", element: element, key: "by", "target date of year \(date.year) is not a usable date (years run from 1 to 9999); write it as YYYY-MM-DD, for example 2014-03-31")
                        }
                    } else {
                        fail("targets", element: element, key: "by", "[[targets]] entry \(element + 1) needs by = \"YYYY-MM-DD\"")
                    }
                    var families: Int?
                    if let count = entry["families"]?.int, count > 0, count <= InputLimits.targetFamilies {
                        families = count
                    } else if let count = entry["families"]?.int, count > InputLimits.targetFamilies {
                        fail("targets", element: element, key: "families", "a target of \(count) families is above the limit of \(InputLimits.targetFamilies); is a digit repeated?")
                    } else {
                        fail("targets", element: element, key: "families", "a target needs families = N, a whole number above 0")
                    }
                    if let day, let families { targets.append(Target(by: day, families: families)) }
                }
            } else {
                fail(key: "targets", "'targets' must be a list of [[targets]] tables")
            }
        }

        var finance: Finance?
        if let value = table["finance"] {
            finance = FinanceSettings.load(value) { table, element, key, message in fail(table, element: element, key: key, message) }
        }

        var outcomes: [OutcomeRule] = []
        if let value = table["outcomes"] {
            outcomes = OutcomeSettings.load(value, measures: measures) { element, key, message in fail("outcomes", element: element, key: key, message) }
        }

        let release = ReleaseSettingsLoader.load(table, fail: { fail($0, key: $1, $2) }, warn: { warn($0, key: $1, $2) })

        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        var settings = Settings(name: name, authority: authority, measures: measures, minCount: minCount,
                                targets: targets, finance: finance, outcomes: outcomes)
        settings.release = release
        return (settings, diagnostics)
    }
}
