import CGD
import CZlib

/// Encodes a libgd image as a PNG (palette images as they are; true-colour images as a palette
/// image when they have at most 256 colours, else as RGB). libgd's own writer lets libpng try every
/// row filter on every row, which measured as most of the time of a whole site build; charts
/// are flat colour, so the "Up" filter on every row (rows repeat) with one zlib stream is as
/// small and several times faster. Rows are filtered into one reused row buffer and streamed
/// through zlib, so no image-sized buffer is allocated (fresh pages cost more than the
/// filtering). Deterministic: no time chunk, fixed zlib settings.
enum PNGEncoder {
    enum Strategy: Sendable {
        /// famdash's own encoder: fixed Huffman code, runs only (RunLengthDeflate). The default.
        case fixedRunLength
        /// zlib's run-length mode (matches at distance 1 only, dynamic Huffman codes).
        case zlibRunLength
        /// zlib's usual matching at the given level.
        case zlibStandard
    }

    static func encode(_ image: gdImagePtr, level: Int32, strategy: Strategy) -> [UInt8]? {
        let width = Int(image.pointee.sx), height = Int(image.pointee.sy)
        guard width > 0, height > 0 else { return nil }
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        if image.pointee.trueColor == 0 {
            // A libgd palette image (what charts are drawn on): its rows are already indices.
            guard let rows = image.pointee.pixels else { return nil }
            let compressed = deflateRows(width: width, height: height, bytesPerPixel: 1, level: level, strategy: strategy) { y, out in
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
            header += [8, 3, 0, 0, 0]  // 8-bit palette indices, deflate, no interlace
            png.appendChunk("IHDR", header)
            png.appendChunk("PLTE", palette)
            png.appendChunk("IDAT", compressed)
            png.appendChunk("IEND", [])
            return png
        }
        guard let rows = image.pointee.tpixels else { return nil }
        if let indexed = IndexedImage(rows: rows, width: width, height: height) {
            // A chart is flat colours plus anti-aliased text: usually under 256 colours, so
            // one byte a pixel instead of three, a third of the work for zlib.
            let compressed = indexed.indices.withUnsafeBufferPointer { indices in
                deflateRows(width: width, height: height, bytesPerPixel: 1, level: level, strategy: strategy) { y, out in
                    (out + 0).update(from: indices.baseAddress! + y * width, count: width)
                }
            }
            guard let compressed else { return nil }
            header += [8, 3, 0, 0, 0]  // 8-bit palette indices, deflate, no interlace
            png.appendChunk("IHDR", header)
            png.appendChunk("PLTE", indexed.palette)
            png.appendChunk("IDAT", compressed)
        } else {
            let compressed = deflateRows(width: width, height: height, bytesPerPixel: 3, level: level, strategy: strategy) { y, out in
                guard let pixels = rows[y] else { out.update(repeating: 0, count: 3 * width); return }
                var target = out
                for x in 0..<width {
                    let pixel = UInt32(bitPattern: pixels[x])
                    target[0] = UInt8(truncatingIfNeeded: pixel >> 16)
                    target[1] = UInt8(truncatingIfNeeded: pixel >> 8)
                    target[2] = UInt8(truncatingIfNeeded: pixel)
                    target += 3
                }
            }
            guard let compressed else { return nil }
            header += [8, 2, 0, 0, 0]  // 8-bit RGB, deflate, no interlace
            png.appendChunk("IHDR", header)
            png.appendChunk("IDAT", compressed)
        }
        png.appendChunk("IEND", [])
        return png
    }

    /// Filters each row ("Up": the difference from the row above, so repeated rows are zeros)
    /// into one buffer and compresses it. `fill(y, buffer)` writes row y's raw bytes.
    private static func deflateRows(width: Int, height: Int, bytesPerPixel: Int, level: Int32, strategy: Strategy,
                                    fill: (Int, UnsafeMutablePointer<UInt8>) -> Void) -> [UInt8]? {
        let rowBytes = bytesPerPixel * width
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
            strategy == .fixedRunLength ? RunLengthDeflate.zlibStream(buffer) : zlibCompress(buffer, level: level, strategy: strategy)
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

/// The image as palette indices, when it has at most 256 colours.
struct IndexedImage {
    /// RGB triples in order of first appearance (deterministic).
    var palette: [UInt8] = []
    var indices: [UInt8]

    init?(rows: UnsafeMutablePointer<UnsafeMutablePointer<Int32>?>, width: Int, height: Int) {
        // Open addressing on the 24-bit colour; a slot holds colour + 1 (0 = empty).
        let slots = 1024
        var keys = [UInt32](repeating: 0, count: slots)
        var values = [UInt8](repeating: 0, count: slots)
        var count = 0
        var indices = [UInt8](repeating: 0, count: width * height)
        var palette: [UInt8] = []
        let complete = indices.withUnsafeMutableBufferPointer { out -> Bool in
            var lastColor: UInt32 = .max
            var lastIndex: UInt8 = 0
            for y in 0..<height {
                let base = y * width
                guard let pixels = rows[y] else { return false }
                for x in 0..<width {
                    let color = UInt32(bitPattern: pixels[x]) & 0xFF_FFFF
                    if color != lastColor {
                        var slot = Int((color &* 2_654_435_761) >> 22) & (slots - 1)
                        while true {
                            if keys[slot] == color &+ 1 { lastIndex = values[slot]; break }
                            if keys[slot] == 0 {
                                guard count < 256 else { return false }
                                keys[slot] = color &+ 1
                                values[slot] = UInt8(count)
                                lastIndex = UInt8(count)
                                count += 1
                                palette += [UInt8(color >> 16), UInt8((color >> 8) & 0xFF), UInt8(color & 0xFF)]
                                break
                            }
                            slot = (slot + 1) & (slots - 1)
                        }
                        lastColor = color
                    }
                    out[base + x] = lastIndex
                }
            }
            return true
        }
        guard complete else { return nil }
        self.palette = palette
        self.indices = indices
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
