/// Recognises a data line that repeats the header (two exports joined, each with its header), so
/// it is reported once as that rather than as one bad value per cell. The first field is
/// compared as bytes first, so an ordinary row costs a few byte comparisons and no String.
struct HeaderRepeat {
    private let names: [String]
    private let first: [UInt8]
    private let document: CSVDocument

    init(_ names: [String], _ document: CSVDocument) {
        self.names = names
        self.first = Array(names.first?.utf8 ?? "".utf8)
        self.document = document
    }

    func matches(_ record: CSVDocument.Record) -> Bool {
        guard !first.isEmpty, record.fieldCount == names.count else { return false }
        let field = document.fields[record.firstField]
        var start = field.start, end = field.end
        // A second export's header keeps its byte-order mark when files are joined.
        if end - start >= 3 && document.bytes[start] == 0xEF && document.bytes[start + 1] == 0xBB && document.bytes[start + 2] == 0xBF { start += 3 }
        while start < end && (document.bytes[start] == 0x20 || document.bytes[start] == 0x09) { start += 1 }
        while end > start && (document.bytes[end - 1] == 0x20 || document.bytes[end - 1] == 0x09) { end -= 1 }
        guard end - start == first.count else { return false }
        for offset in 0..<first.count {
            var byte = document.bytes[start + offset]
            if byte >= 65 && byte <= 90 { byte |= 0x20 }
            if byte != first[offset] { return false }
        }
        return (1..<names.count).allSatisfy { document.string(record, $0).trimmingSpaces().lowercased() == names[$0] }
    }
}
