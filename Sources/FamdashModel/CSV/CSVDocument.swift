/// A parsed CSV file held as byte ranges into the original bytes.
///
/// Fields are not turned into Strings until a loader asks for them, so a 1 GB national extract
/// is read without millions of short-lived allocations (see README, "Why our own CSV reader").
public struct CSVDocument: Sendable {
    /// 10 bytes per field: a national extract has tens of millions of them.
    public struct Field: Sendable {
        private var storedStart: UInt32
        private var storedEnd: UInt32
        public var quoted: Bool
        /// Quoted and containing doubled quotes that must be collapsed.
        public var hasEscapedQuotes: Bool

        init(start: Int, end: Int, quoted: Bool, hasEscapedQuotes: Bool = false) {
            storedStart = UInt32(truncatingIfNeeded: start)
            storedEnd = UInt32(truncatingIfNeeded: end)
            self.quoted = quoted
            self.hasEscapedQuotes = hasEscapedQuotes
        }

        /// Byte range of the field's content (inside the quotes, if quoted).
        public var start: Int { Int(storedStart) }
        public var end: Int {
            get { Int(storedEnd) }
            set { storedEnd = UInt32(truncatingIfNeeded: newValue) }
        }
        /// Byte offset where the field begins in the file (its opening quote, if any): for columns.
        public var origin: Int { quoted ? start - 1 : start }
    }

    /// Offsets are stored in 32 bits.
    public static let maximumFileSize = Int(UInt32.max)

    public struct Record: Sendable {
        public var firstField: Int
        public var fieldCount: Int
        /// 1-based line where the record begins.
        public var line: Int
    }

    public let bytes: [UInt8]
    public internal(set) var fields: [Field] = []
    public internal(set) var records: [Record] = []
    /// Byte offset of the start of each line (index 0 = line 1).
    public internal(set) var lineStarts: [Int] = [0]

    init(bytes: [UInt8]) { self.bytes = bytes }

    public var header: Record? { records.first }
    public var dataRecords: ArraySlice<Record> { records.dropFirst() }

    public func string(_ record: Record, _ index: Int) -> String {
        guard index < record.fieldCount else { return "" }
        return string(fields[record.firstField + index])
    }

    public func string(_ field: Field) -> String {
        if field.start == field.end { return "" }
        return bytes.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[field.start..<field.end])
            let text = String(decoding: slice, as: UTF8.self)
            return field.hasEscapedQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
        }
    }

    /// True when the field is empty or only spaces, without building a String.
    public func isBlank(_ record: Record, _ index: Int) -> Bool {
        guard index < record.fieldCount else { return true }
        let field = fields[record.firstField + index]
        var position = field.start
        while position < field.end {
            let byte = bytes[position]
            if byte != 0x20 && byte != 0x09 { return false }
            position += 1
        }
        return true
    }

    /// 1-based line and column (in characters, not bytes) of a byte offset.
    public func position(ofByte offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var position = lineStarts[low]
        while position < offset && position < bytes.count {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        // A BOM is invisible to the user: do not count it as a column.
        if low == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) && offset >= 3 { column -= 1 }
        return (low + 1, column)
    }

    /// The positions of every field of `record`, in one walk along its line(s): linear in the
    /// record's length where asking field by field would be quadratic.
    public func positions(of record: Record) -> [(line: Int, column: Int)] {
        var result: [(line: Int, column: Int)] = []
        result.reserveCapacity(record.fieldCount)
        var last: (offset: Int, line: Int, column: Int, lineEnd: Int)?
        for index in 0..<record.fieldCount {
            let offset = fields[record.firstField + index].origin
            if var known = last, offset >= known.offset, offset < known.lineEnd {
                var position = known.offset
                while position < offset {
                    if bytes[position] & 0xC0 != 0x80 { known.column += 1 }
                    position += 1
                }
                known.offset = offset
                last = known
                result.append((known.line, known.column))
            } else {
                let (line, column) = position(ofByte: offset)
                let lineEnd = line < lineStarts.count ? lineStarts[line] : bytes.count + 1
                last = (offset, line, column, lineEnd)
                result.append((line, column))
            }
        }
        return result
    }

    public func position(of record: Record, field index: Int) -> (line: Int, column: Int) {
        guard index < record.fieldCount else { return (record.line, 1) }
        return position(ofByte: fields[record.firstField + index].origin)
    }
}
