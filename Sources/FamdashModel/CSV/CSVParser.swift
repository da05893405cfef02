/// A byte-level RFC 4180 reader that accepts what spreadsheets export (BOM, CRLF, quoted
/// commas, quotes and newlines) and names, by line and column, everything it refuses.
public enum CSVParser {
    /// Bytes that end or break an unquoted field (comma, LF, CR, quote) as bits of one word:
    /// all are below 64, so an ordinary byte costs one comparison and one shift.
    private static let unquotedStops: UInt64 = 1 << 0x2C | 1 << 0x0A | 1 << 0x0D | 1 << 0x22

    /// Parses `bytes`. On a structural problem the document is still returned (as far as it
    /// could be read) together with errors; callers must not use it when errors are present.
    public static func parse(_ bytes: [UInt8], file: String) -> (document: CSVDocument, diagnostics: [Diagnostic]) {
        var document = CSVDocument(bytes: bytes)
        var diagnostics: [Diagnostic] = []

        if bytes.count >= CSVDocument.maximumFileSize {
            diagnostics.append(.error(file, nil, nil, "file is larger than 4 GB; split the extract by period"))
            return (document, diagnostics)
        }
        if let problem = EncodingCheck.firstProblem(in: bytes) {
            diagnostics.append(.error(file, problem.line, problem.column, problem.message))
            return (document, diagnostics)
        }

        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var fields: [CSVDocument.Field] = []
        var records: [CSVDocument.Record] = []
        var lineStarts: [Int] = [0]
        fields.reserveCapacity(bytes.count / 8)
        lineStarts.reserveCapacity(bytes.count / 40)
        var reportedCR = false
        var structuralErrors = 0

        func fail(_ offset: Int, _ message: String) {
            structuralErrors += 1
            if structuralErrors > 50 { return }
            let (line, column) = position(offset, lineStarts, bytes)
            diagnostics.append(.error(file, line, column, message))
        }

        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = start
            var recordFirstField = 0
            var recordLine = 1
            var atRecordStart = true

            while index < count {
                if atRecordStart {
                    recordFirstField = fields.count
                    recordLine = lineStarts.count
                    atRecordStart = false
                }
                let origin = index
                var field: CSVDocument.Field
                if buffer[index] == UInt8(ascii: "\"") {
                    // Quoted field: runs to the next quote not followed by another quote.
                    index += 1
                    field = CSVDocument.Field(start: index, end: index, quoted: true)
                    // Lines the field runs over: an unclosed quote swallows the lines after it,
                    // and is reported where it opened, not where parsing finally broke.
                    let linesBefore = lineStarts.count
                    var closed = false
                    while index < count {
                        let byte = buffer[index]
                        if byte == UInt8(ascii: "\"") {
                            if index + 1 < count && buffer[index + 1] == UInt8(ascii: "\"") {
                                field.hasEscapedQuotes = true
                                index += 2
                                continue
                            }
                            field.end = index
                            index += 1
                            closed = true
                            break
                        }
                        if byte == 0x0A {
                            lineStarts.append(index + 1)
                        } else if byte == 0x0D && !(index + 1 < count && buffer[index + 1] == 0x0A) {
                            lineStarts.append(index + 1)
                        }
                        index += 1
                    }
                    if !closed {
                        let swallowed = lineStarts.count - linesBefore
                        let extent = swallowed > 0 ? " (it runs over the \(swallowed) line\(swallowed == 1 ? "" : "s") after it to the end of the file)" : ""
                        fail(origin, "a quoted field opened here is never closed\(extent); add the closing quote (\") or remove the opening one")
                        field.end = count
                        fields.append(field)
                        break
                    }
                    // After the closing quote only a delimiter or a line end may follow.
                    if index < count {
                        let next = buffer[index]
                        if next != UInt8(ascii: ",") && next != 0x0A && next != 0x0D {
                            let backslash = field.end > field.start && buffer[field.end - 1] == UInt8(ascii: "\\")
                            let swallowed = lineStarts.count - linesBefore
                            if swallowed > 0 {
                                // A quote closed lines later and text after it: the quote that opened here is the one missing its partner.
                                let (closingLine, _) = position(field.end, lineStarts, bytes)
                                fail(origin, "a quoted field opened here is not closed on its line: it runs over \(swallowed) line\(swallowed == 1 ? "" : "s") to a quote on line \(closingLine); add the closing quote (\") on this line or remove the opening one")
                            } else if backslash {
                                fail(field.end - 1, "backslash-escaped quote (\\\") is not CSV; write a quote inside a quoted field as two quotes (\"\")")
                            } else {
                                fail(index, "unexpected text after a closing quote; inside a quoted field write a quote as two quotes (\"\")")
                            }
                            while index < count && buffer[index] != UInt8(ascii: ",") && buffer[index] != 0x0A && buffer[index] != 0x0D {
                                index += 1
                            }
                        }
                    }
                } else {
                    field = CSVDocument.Field(start: index, end: index, quoted: false)
                    var bareQuoteAt = -1
                    while index < count {
                        let byte = buffer[index]
                        // One table look-up for the common case of an ordinary byte.
                        if byte >= 64 || (unquotedStops >> UInt64(byte)) & 1 == 0 {
                            index += 1
                            continue
                        }
                        if byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D { break }
                        if bareQuoteAt < 0 { bareQuoteAt = index }
                        index += 1
                    }
                    field.end = index
                    if bareQuoteAt >= 0 {
                        fail(bareQuoteAt, "a quote inside an unquoted field; put the whole field in quotes and write the quote as two quotes (\"\")")
                    }
                }
                fields.append(field)

                // Delimiter or end of record.
                if index >= count {
                    records.append(.init(firstField: recordFirstField, fieldCount: fields.count - recordFirstField, line: recordLine))
                    break
                }
                let byte = buffer[index]
                if byte == UInt8(ascii: ",") {
                    index += 1
                    if index >= count {
                        // A trailing comma at end of file still ends an (empty) last field.
                        fields.append(.init(start: index, end: index, quoted: false))
                        records.append(.init(firstField: recordFirstField, fieldCount: fields.count - recordFirstField, line: recordLine))
                    }
                    continue
                }
                records.append(.init(firstField: recordFirstField, fieldCount: fields.count - recordFirstField, line: recordLine))
                atRecordStart = true
                if byte == 0x0D {
                    if index + 1 < count && buffer[index + 1] == 0x0A {
                        index += 2
                    } else {
                        if !reportedCR {
                            reportedCR = true
                            fail(index, "line ends with a carriage return only (old Mac format); save the file with CRLF or LF line ends (\"CSV UTF-8\" in Excel)")
                        }
                        index += 1
                    }
                } else {
                    index += 1
                }
                lineStarts.append(index)
                if index >= count { break }
            }
        }

        if structuralErrors > 50 {
            diagnostics.append(.error(file, nil, nil, "\(structuralErrors - 50) more CSV structure errors in this file not shown"))
        }
        document.fields = fields
        document.records = records
        document.lineStarts = lineStarts
        return (document, diagnostics)
    }

    private static func position(_ offset: Int, _ lineStarts: [Int], _ bytes: [UInt8]) -> (Int, Int) {
        var probe = CSVDocument(bytes: bytes)
        probe.lineStarts = lineStarts
        return probe.position(ofByte: offset)
    }
}
