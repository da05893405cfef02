/// Reads the outcome plan's indicator cells of families.csv: numbers with at most one decimal
/// (tenths), or a status of a step_down's `order`; an empty cell is "not recorded".
enum IndicatorCells {
    /// Per outcome, the (baseline, current) columns; nil (with an error on the header line)
    /// when a column the plan names is missing.
    static func columns(_ outcomes: [OutcomeRule], table: CSVTable, file: String, diagnostics: inout [Diagnostic]) -> [(Int?, Int)]? {
        var columns: [(Int?, Int)] = []
        var ok = true
        for outcome in outcomes {
            var found: [Int?] = []
            for name in [outcome.baseline, outcome.current] {
                guard let name else { found.append(nil); continue }
                if let column = table.column(name) { found.append(column) } else {
                    diagnostics.append(.error(file, 1, nil, "column '\(name)' is missing: outcome '\(outcome.key)' in programme.toml reads it; add the column (empty cells where not recorded) or correct the outcome plan"))
                    ok = false
                    found.append(nil)
                }
            }
            if let current = found[1] { columns.append((found[0], current)) }
        }
        return ok ? columns : nil
    }

    /// Appends two values per outcome (baseline, current) for one row.
    static func read(_ outcomes: [OutcomeRule], columns: [(Int?, Int)], row: CSVDocument.Record, table: CSVTable,
                     buffer: UnsafeBufferPointer<UInt8>, into values: inout [Int64], fail: (Int, String) -> Void) {
        for (outcome, pair) in zip(outcomes, columns) {
            for (column, name) in [(pair.0, outcome.baseline ?? ""), (pair.1, outcome.current)] {
                guard let column else { values.append(Indicators.notRecorded); continue }
                let field = table.field(buffer, row, column)
                if field.isEmpty { values.append(Indicators.notRecorded); continue }
                if case .stepDown(let order) = outcome.rule {
                    let text = field.string.lowercased()
                    if let place = order.firstIndex(of: text) { values.append(Int64(place)); continue }
                    fail(column, "'\(field.string)' is not a status of outcome '\(outcome.key)'; write one of \(order.joined(separator: ", ")) (any case), or leave it empty when not recorded")
                } else if let tenths = field.tenths {
                    values.append(tenths)
                    continue
                } else {
                    let text = field.string
                    let reason = ValueParsers.isMissingMarker(Substring(text)) ? "'\(text)' is a missing-value marker; leave the cell empty when not recorded"
                        : "'\(text)' is not a number with at most one decimal place (for example 4 or 12.5); leave it empty when not recorded"
                    fail(column, "\(name) for outcome '\(outcome.key)': \(reason)")
                }
                values.append(Indicators.notRecorded)
            }
        }
    }
}
