import CZlib

/// A zip file (PKWARE APPNOTE 6.3) written by hand over zlib's raw deflate, so that the same
/// files always give the same bytes: fixed times (1980-01-01 00:00, the format's first
/// instant), no extra fields, no system-dependent attributes, entries in the order given.
/// ZIPFoundation would do it too, but costs a dependency for ~100 lines.
public enum ZipArchive {
    public struct Entry {
        public var path: String
        public var bytes: [UInt8]
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Files above 4 GB or archives of more than 65,535 entries would need Zip64: a quarter's
    /// data files are a few megabytes at most, so they are refused rather than written wrong.
    public struct TooLarge: Error, CustomStringConvertible {
        public var description: String { "the quarter's data files are too large for a zip without Zip64" }
    }

    public static func archive(_ entries: [Entry]) throws -> [UInt8] {
        guard entries.count < 0xFFFF else { throw TooLarge() }
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = entry.bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
            // Stored when deflate does not make it smaller (tiny files).
            var method: UInt16 = 0, data = entry.bytes
            if let deflated = rawDeflate(entry.bytes), deflated.count < entry.bytes.count { (method, data) = (8, deflated) }
            guard entry.bytes.count < 0xFFFF_FFFF, out.count < 0xFFFF_FFFF - data.count - 100 else { throw TooLarge() }
            let offset = UInt32(out.count)
            // Bit 11: the name is UTF-8.
            let common: [UInt8] = le16(20) + le16(0x0800) + le16(method) + le16(0) + le16(0x0021)
                + le32(crc) + le32(UInt32(data.count)) + le32(UInt32(entry.bytes.count)) + le16(UInt16(name.count)) + le16(0)
            out += le32(0x0403_4B50) + common + name + data
            central += le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
            + le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return out
    }

    /// Deflate without zlib's header (zip stores the raw stream), at the best compression.
    static func rawDeflate(_ input: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard deflateInit2_(&stream, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return nil
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
        let status = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Int32 in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        output.removeLast(output.count - Int(stream.total_out))
        return output
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
