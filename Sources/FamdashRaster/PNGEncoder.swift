import CGD
import CZlib

/// Encodes a libgd palette image (what charts are drawn on) as a PNG. libgd's own writer lets
/// libpng try every row filter on every row through zlib, which measured as most of the time of
/// a whole site build; charts are flat colour, so the "Up" filter on every row (repeated rows
/// become zeros) with a run-length deflate is as small and many times faster (README, "PNG
/// drawing and compression"). Deterministic: no time chunk, fixed settings.
enum PNGEncoder {
    enum Strategy: Sendable {
        /// famdash's own encoder (RunLengthDeflate). The default.
        case ownRunLength
        /// zlib's run-length mode, for the benchmark's comparison.
        case zlibRunLength
        /// zlib's usual matching at the given level, for the benchmark's comparison.
        case zlibStandard
    }

    static func encode(_ image: gdImagePtr, level: Int32, strategy: Strategy) -> [UInt8]? {
        let width = Int(image.pointee.sx), height = Int(image.pointee.sy)
        guard width > 0, height > 0, image.pointee.trueColor == 0, let rows = image.pointee.pixels else { return nil }
        let compressed = deflateRows(width: width, height: height, level: level, strategy: strategy) { y, out in
            if let row = rows[y] { out.update(from: row, count: width) } else { out.update(repeating: 0, count: width) }
        }
        guard let compressed else { return nil }
        var palette: [UInt8] = []
        withUnsafeBytes(of: image.pointee.red) { red in
            withUnsafeBytes(of: image.pointee.green) { green in
                withUnsafeBytes(of: image.pointee.blue) { blue in
                    let stride = MemoryLayout<Int32>.stride
                    for index in 0..<Int(max(1, image.pointee.colorsTotal)) {
                        for channel in [red, green, blue] {
                            palette.append(UInt8(truncatingIfNeeded: channel.load(fromByteOffset: index * stride, as: Int32.self)))
                        }
                    }
                }
            }
        }
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, 3, 0, 0, 0]  // 8-bit palette indices, deflate, no interlace
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png.appendChunk("IHDR", header)
        png.appendChunk("PLTE", palette)
        png.appendChunk("IDAT", compressed)
        png.appendChunk("IEND", [])
        return png
    }

    /// Filters each row ("Up": the difference from the row above, so repeated rows are zeros)
    /// into one buffer and compresses it. `fill(y, buffer)` writes row y's raw bytes.
    private static func deflateRows(width: Int, height: Int, level: Int32, strategy: Strategy,
                                    fill: (Int, UnsafeMutablePointer<UInt8>) -> Void) -> [UInt8]? {
        let rowBytes = width
        let stride = rowBytes + 1
        var filtered = [UInt8](repeating: 0, count: stride * height)
        filtered.withUnsafeMutableBufferPointer { buffer in
            var previous = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes)
            var current = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes)
            defer {
                previous.deallocate()
                current.deallocate()
            }
            previous.update(repeating: 0, count: rowBytes)
            for y in 0..<height {
                fill(y, current)
                let out = buffer.baseAddress! + y * stride
                out[0] = 2  // filter: Up
                for index in 0..<rowBytes { out[1 + index] = current[index] &- previous[index] }
                swap(&previous, &current)
            }
        }
        return filtered.withUnsafeBufferPointer { buffer in
            strategy == .ownRunLength ? RunLengthDeflate.zlibStream(buffer) : zlibCompress(buffer, level: level, strategy: strategy)
        }
    }

    private static func zlibCompress(_ input: UnsafeBufferPointer<UInt8>, level: Int32, strategy: Strategy) -> [UInt8]? {
        var stream = z_stream()
        let zlibStrategy = strategy == .zlibRunLength ? Z_RLE : Z_DEFAULT_STRATEGY
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15, 8, zlibStrategy, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return nil
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))))
        let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            stream.next_out = out.baseAddress
            stream.avail_out = uInt(out.count)
            return deflate(&stream, Z_FINISH)
        }
        guard status == Z_STREAM_END else { return nil }
        output.removeLast(output.count - Int(stream.total_out))
        return output
    }
}

private extension Array where Element == UInt8 {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }

    mutating func appendChunk(_ type: String, _ data: [UInt8]) {
        appendBigEndian(UInt32(data.count))
        let typeBytes = Array(type.utf8)
        var crc = crc32(0, typeBytes, 4)
        if !data.isEmpty { crc = data.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) } }
        append(contentsOf: typeBytes)
        append(contentsOf: data)
        appendBigEndian(UInt32(crc))
    }
}
