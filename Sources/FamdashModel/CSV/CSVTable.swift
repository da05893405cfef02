/// A CSV file checked against the columns a loader needs: header present and unique, required
/// columns there, every row the header's width. Columns are found by name, in any order.
public struct CSVTable: Sendable {
    public let document: CSVDocument
    public let file: String
    /// Column index by header name, trimmed and lower-cased.
    public let columns: [String: Int]
    public let rows: [CSVDocument.Record]
    /// Rows refused for their width (an error each): a loader may still read a key from them,
    /// so that, say, the people of a family whose row has a stray comma are not called orphans.
    public var rejectedRows: [CSVDocument.Record] = []

    public func column(_ name: String) -> Int? { columns[name] }

    public func string(_ row: CSVDocument.Record, _ column: Int) -> String {
        document.string(row, column)
    }

    /// Trimmed field text, the way every loader compares values.
    public func value(_ row: CSVDocument.Record, _ column: Int) -> Substring {
        let text = document.string(row, column)
        return text.trimmingSpaces()
    }

    public func position(_ row: CSVDocument.Record, _ column: Int) -> (line: Int, column: Int) {
        document.position(of: row, field: column)
    }

    public func error(_ row: CSVDocument.Record, _ column: Int, _ message: String) -> Diagnostic {
        let position = position(row, column)
        return .error(file, position.line, position.column, message)
    }

    /// Reads `bytes` as a table. Returns nil (with errors) when the file cannot be used at all.
    public static func read(
        _ bytes: [UInt8], file: String,
        required: [String], optional: [String] = [],
        allowHeaderOnly: Bool = false,
        diagnostics: inout [Diagnostic]
    ) -> CSVTable? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            diagnostics.append(.error(file, 1, 1, "file is empty; it needs a header line with the columns \(required.joined(separator: ","))"))
            return nil
        }
        let (document, parseErrors) = CSVParser.parse(bytes, file: file)
        diagnostics.append(contentsOf: parseErrors)
        // After a structural error the fields cannot be trusted: report it alone, not the
        // values it garbled.
        guard parseErrors.isEmpty, let header = document.header else { return nil }

        let headerNames = (0..<header.fieldCount).map { document.string(header, $0).trimmingSpaces().lowercased() }
        if headerNames.count <= 2, headerNames[0].hasPrefix("sep=") {
            diagnostics.append(.error(file, 1, 1, "the first line 'sep=' is Excel's delimiter hint, not a header; delete that line so the header comes first"))
            return nil
        }
        if headerNames.count == 1 {
            let only = headerNames[0]
            if only.contains(";") {
                diagnostics.append(.error(file, 1, 1, "looks semicolon-delimited (the header has ';' but no ','); save it as \"CSV UTF-8 (comma delimited)\""))
                return nil
            }
            if only.contains("\t") {
                diagnostics.append(.error(file, 1, 1, "looks tab-delimited (the header has tabs but no ','); save it as \"CSV UTF-8 (comma delimited)\""))
                return nil
            }
        }

        var columns: [String: Int] = [:]
        var headerOK = true
        // Sets: a header of 50,000 columns against a programme of many measures stays linear.
        let requiredNames = Set(required), knownNames = requiredNames.union(optional)
        // One pass over the header line for every column's position: a header of 50,000 columns
        // must not cost 50,000 walks along the line.
        let headerPositions = document.positions(of: header)
        var unknown: [Int] = []
        var blankColumns: [Int] = []
        for (index, name) in headerNames.enumerated() {
            let position = headerPositions[index]
            if name.isEmpty {
                // An empty header over an empty column is what Excel leaves after deleting a
                // column; over data it is a column that lost its name (checked below).
                blankColumns.append(index)
                continue
            }
            if let first = columns[name] {
                diagnostics.append(.error(file, position.line, position.column, "column '\(ShownText.quoted(name))' appears twice in the header (first as column \(first + 1)); delete or rename one"))
                headerOK = false
                continue
            }
            columns[name] = index
            if !knownNames.contains(name) { unknown.append(index) }
        }
        // Each unknown column named up to a point, then one line for the rest.
        let namedUnknown = 10
        for index in unknown.prefix(namedUnknown) {
            let position = headerPositions[index]
            diagnostics.append(.warning(file, position.line, position.column, "unknown column '\(ShownText.quoted(headerNames[index]))' is ignored"))
        }
        if unknown.count > namedUnknown {
            let position = headerPositions[unknown[namedUnknown]]
            diagnostics.append(.warning(file, position.line, position.column, "\(unknown.count - namedUnknown) more unknown columns, from column \(unknown[namedUnknown] + 1) on, are ignored"))
        }
        for name in required where columns[name] == nil {
            let near = NearestName.suggestion(for: name, among: headerNames.filter { !$0.isEmpty && columns[$0] != nil && !requiredNames.contains($0) })
            let hint = near.map { " (is '\(ShownText.quoted($0))' meant to be '\(name)'?)" } ?? ""
            diagnostics.append(.error(file, header.line, 1, "missing required column '\(name)'\(hint); the header must include \(required.joined(separator: ","))"))
            headerOK = false
        }
        guard headerOK else { return nil }

        var rows: [CSVDocument.Record] = []
        var rejected: [CSVDocument.Record] = []
        var rowProblems = FileDiagnostics(file: file)
        rows.reserveCapacity(document.records.count)
        let records = document.records
        let repeatedHeader = HeaderRepeat(headerNames, document)
        // Trailing empty lines are what editors leave at the end of a file: ignore those only.
        var lastContent = records.count - 1
        while lastContent > 0 && records[lastContent].fieldCount == 1 && document.isBlank(records[lastContent], 0) {
            lastContent -= 1
        }
        var blankColumnsReported: Set<Int> = []
        var index = 1
        while index <= lastContent {
            let record = records[index]
            index += 1
            if record.fieldCount == 1 && document.isBlank(record, 0) && headerNames.count > 1 {
                rowProblems.add(.error(file, record.line, 1, "blank line inside the data; delete it"))
                continue
            }
            if record.fieldCount == headerNames.count && repeatedHeader.matches(record) {
                rowProblems.add(.error(file, record.line, 1, "this line repeats the header (first on line \(header.line)); were two exports joined? Delete the repeated header line"))
                continue
            }
            if record.fieldCount != headerNames.count {
                let position = document.position(of: record, field: min(record.fieldCount, headerNames.count) - (record.fieldCount > headerNames.count ? 0 : 1))
                let problem = record.fieldCount > headerNames.count ? "too many" : "too few"
                rowProblems.add(.error(file, record.line, record.fieldCount > headerNames.count ? position.column : nil,
                                       "\(problem) fields: this row has \(record.fieldCount), the header has \(headerNames.count) (an unquoted comma inside a value, or a missing one?)"))
                rejected.append(record)
                continue
            }
            if headerNames.count > 1 && (0..<record.fieldCount).allSatisfy({ document.isBlank(record, $0) }) {
                rowProblems.add(.error(file, record.line, 1, "row is empty (only commas); delete it"))
                continue
            }
            for column in blankColumns where !blankColumnsReported.contains(column) && !document.isBlank(record, column) {
                blankColumnsReported.insert(column)
                let position = document.position(of: record, field: column)
                let value = ShownText.quoted(document.string(record, column).trimmingSpaces())
                rowProblems.add(.error(file, position.line, position.column, "column \(column + 1) has no name in the header (line \(header.line)) but holds '\(value)' here; write its name in the header, or delete the column if it is not needed"))
            }
            rows.append(record)
        }
        diagnostics.append(contentsOf: rowProblems.all)
        if rows.isEmpty && !allowHeaderOnly && diagnostics.allSatisfy({ $0.severity != .error }) {
            diagnostics.append(.error(file, header.line, 1, "has a header but no data rows"))
        }
        var table = CSVTable(document: document, file: file, columns: columns, rows: rows)
        table.rejectedRows = rejected
        return table
    }
}

extension String {
    func trimmingSpaces() -> Substring {
        var text = self[...]
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
