/// A cell's bytes, trimmed of surrounding spaces, for the loaders' hot path: flags, RAG letters,
/// allocation codes, numbers and dates are recognised without building a String, which is what
/// makes reading a 1 GB extract take seconds rather than minutes.
public struct FieldBytes {
    public let bytes: UnsafeBufferPointer<UInt8>

    init(_ buffer: UnsafeBufferPointer<UInt8>, _ field: CSVDocument.Field) {
        var start = field.start, end = field.end
        while start < end && (buffer[start] == 0x20 || buffer[start] == 0x09) { start += 1 }
        while end > start && (buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09) { end -= 1 }
        bytes = UnsafeBufferPointer(rebasing: buffer[start..<end])
    }

    public var isEmpty: Bool { bytes.isEmpty }
    public var count: Int { bytes.count }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// ASCII case-insensitive comparison with a lower-case literal.
    public func equalsLowercased(_ literal: StaticString) -> Bool {
        guard literal.utf8CodeUnitCount == bytes.count else { return false }
        let pointer = literal.utf8Start
        for index in 0..<bytes.count {
            var byte = bytes[index]
            if byte >= 65 && byte <= 90 { byte |= 0x20 }
            if byte != pointer[index] { return false }
        }
        return true
    }

    public func equals(_ other: FieldBytes) -> Bool {
        bytes.count == other.bytes.count && (bytes.isEmpty || memcmp(bytes.baseAddress!, other.bytes.baseAddress!, bytes.count) == 0)
    }

    /// A plain non-negative whole number (digits only), or nil.
    public var wholeNumber: Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    /// `YYYY-MM-DD` or `D/M/YYYY`, a real calendar date, or nil.
    public var day: Day? {
        func number(_ range: Range<Int>) -> Int? {
            guard !range.isEmpty else { return nil }
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        let count = bytes.count
        if count == 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-") {
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return Day(year: year, month: month, day: day)
        }
        guard let firstSlash = bytes.firstIndex(of: UInt8(ascii: "/")),
              let secondSlash = bytes[(firstSlash + 1)...].firstIndex(of: UInt8(ascii: "/")),
              (1...2).contains(firstSlash), (1...2).contains(secondSlash - firstSlash - 1), count - secondSlash - 1 == 4,
              let day = number(0..<firstSlash), let month = number((firstSlash + 1)..<secondSlash),
              let year = number((secondSlash + 1)..<count)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CSVTable {
    /// Runs `body` with access to trimmed field bytes. Fields with doubled quotes are rare and
    /// are not given as bytes: `body` sees them through `fieldBytes` only after unescaping by
    /// the String path (see `string`), so callers use `hasEscapedQuotes` to choose.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try document.bytes.withUnsafeBufferPointer(body)
    }

    @inline(__always)
    public func field(_ buffer: UnsafeBufferPointer<UInt8>, _ row: CSVDocument.Record, _ column: Int) -> FieldBytes {
        FieldBytes(buffer, document.fields[row.firstField + column])
    }

    @inline(__always)
    public func hasEscapedQuotes(_ row: CSVDocument.Record, _ column: Int) -> Bool {
        document.fields[row.firstField + column].hasEscapedQuotes
    }
}
