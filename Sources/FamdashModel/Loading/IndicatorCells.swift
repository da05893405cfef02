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

    /// One outcome's cells as the row loop reads them, prepared once per file.
    struct Reader {
        var baseline: Int?
        var current: Int
        /// step_down: the statuses of `order`, lower-case bytes; nil for number rules.
        var order: [[UInt8]]?
        var outcome: OutcomeRule
    }

    static func readers(_ outcomes: [OutcomeRule], columns: [(Int?, Int)]) -> [Reader] {
        zip(outcomes, columns).map { outcome, pair in
            var order: [[UInt8]]?
            if case .stepDown(let statuses) = outcome.rule { order = statuses.map { Array($0.utf8) } }
            return Reader(baseline: pair.0, current: pair.1, order: order, outcome: outcome)
        }
    }

    /// Appends two values per outcome (baseline, current) for one row.
    static func read(_ readers: [Reader], row: CSVDocument.Record, table: CSVTable,
                     buffer: UnsafeBufferPointer<UInt8>, into values: inout [Int64], fail: (Int, String) -> Void) {
        for reader in readers {
            values.append(value(reader, reader.baseline, row: row, table: table, buffer: buffer, fail: fail))
            values.append(value(reader, reader.current, row: row, table: table, buffer: buffer, fail: fail))
        }
    }

    @inline(__always)
    private static func value(_ reader: Reader, _ column: Int?, row: CSVDocument.Record, table: CSVTable,
                              buffer: UnsafeBufferPointer<UInt8>, fail: (Int, String) -> Void) -> Int64 {
        guard let column else { return Indicators.notRecorded }
        let field = table.field(buffer, row, column)
        if field.isEmpty { return Indicators.notRecorded }
        if let order = reader.order {
            for (place, status) in order.enumerated() where status.count == field.count {
                if zip(status, field.bytes).allSatisfy({ $0 == ($1 >= 65 && $1 <= 90 ? $1 | 0x20 : $1) }) { return Int64(place) }
            }
            // Statuses may hold letters outside ASCII: compare as Strings before refusing.
            if let place = order.firstIndex(where: { String(decoding: $0, as: UTF8.self) == field.string.lowercased() }) { return Int64(place) }
            fail(column, "'\(field.string)' is not a status of outcome '\(reader.outcome.key)'; write one of \(order.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ", ")) (any case), or leave it empty when not recorded")
        } else if let tenths = field.tenths {
            return tenths
        } else {
            let text = field.string
            let name = column == reader.current ? reader.outcome.current : reader.outcome.baseline ?? ""
            let reason = ValueParsers.isMissingMarker(Substring(text)) ? "'\(text)' is a missing-value marker; leave the cell empty when not recorded"
                : "'\(text)' is not a number with at most one decimal place (for example 4 or 12.5); leave it empty when not recorded"
            fail(column, "\(name) for outcome '\(reader.outcome.key)': \(reason)")
        }
        return Indicators.notRecorded
    }
}
