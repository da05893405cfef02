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

    /// The outcome plan's cells as the row loop reads them, prepared once per file: plain
    /// column numbers (-1: none), so the loop over every row retains nothing.
    struct Readers {
        var columns: [Int] = []          // per outcome: baseline column, current column
        var orders: [[[UInt8]]?] = []    // per outcome: step_down statuses, lower-case bytes
        var isNumber: [Bool] = []        // per cell slot: read as tenths
        var outcomes: [OutcomeRule] = [] // for messages only
    }

    static func readers(_ outcomes: [OutcomeRule], columns: [(Int?, Int)]) -> Readers {
        var readers = Readers(outcomes: outcomes)
        for (outcome, pair) in zip(outcomes, columns) {
            readers.columns += [pair.0 ?? -1, pair.1]
            if case .stepDown(let statuses) = outcome.rule { readers.orders.append(statuses.map { Array($0.utf8) }) } else { readers.orders.append(nil) }
            readers.isNumber += Array(repeating: readers.orders.last! == nil, count: 2)
        }
        return readers
    }

    /// Appends two values per outcome (baseline, current) for one row.
    static func read(_ readers: Readers, row: CSVDocument.Record, table: CSVTable,
                     buffer: UnsafeBufferPointer<UInt8>, into values: inout [Int64], fail: (Int, String) -> Void) {
        readers.columns.withUnsafeBufferPointer { columns in
          readers.isNumber.withUnsafeBufferPointer { isNumber in
            for slot in 0..<columns.count {
                let column = columns[slot]
                guard column >= 0 else { values.append(Indicators.notRecorded); continue }
                let field = table.field(buffer, row, column)
                if field.isEmpty { values.append(Indicators.notRecorded); continue }
                if isNumber[slot], let tenths = field.tenths {
                    values.append(tenths)
                    continue
                }
                values.append(slowValue(readers, outcome: slot / 2, current: slot % 2 == 1, column: column, field: field, fail: fail))
            }
          }
        }
    }

    /// A status of `order`, or a cell that is not a number: matched, or reported.
    private static func slowValue(_ readers: Readers, outcome index: Int, current: Bool, column: Int, field: FieldBytes,
                                  fail: (Int, String) -> Void) -> Int64 {
        let outcome = readers.outcomes[index]
        if let order = readers.orders[index] {
            for (place, status) in order.enumerated() where status.count == field.count {
                if zip(status, field.bytes).allSatisfy({ $0 == ($1 >= 65 && $1 <= 90 ? $1 | 0x20 : $1) }) { return Int64(place) }
            }
            // Statuses may hold letters outside ASCII: compare as Strings before refusing.
            if let place = order.firstIndex(where: { String(decoding: $0, as: UTF8.self) == field.string.lowercased() }) { return Int64(place) }
            fail(column, "'\(ShownText.quoted(field.string))' is not a status of outcome '\(outcome.key)'; write one of \(order.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ", ")) (any case), or leave it empty when not recorded")
        } else {
            let text = field.string
            let name = current ? outcome.current : outcome.baseline ?? ""
            let reason = ValueParsers.isMissingMarker(Substring(text)) ? "'\(ShownText.quoted(text))' is a missing-value marker; leave the cell empty when not recorded"
                : "'\(ShownText.quoted(text))' is not a number with at most one decimal place (for example 4 or 12.5); leave it empty when not recorded"
            fail(column, "\(name) for outcome '\(outcome.key)': \(reason)")
        }
        return Indicators.notRecorded
    }
}
