import CGD
import CZlib

/// Encodes a libgd true-colour image as an RGB PNG. libgd's own writer lets libpng try every
/// row filter on every row, which measured as most of the time of a whole site build; charts
/// are flat colour, so the "Up" filter on every row (rows repeat) with one zlib stream is as
/// small and several times faster. Deterministic: no time chunk, fixed zlib settings.
enum PNGEncoder {
    static func encode(_ image: gdImagePtr, level: Int32) -> [UInt8]? {
        let width = Int(image.pointee.sx), height = Int(image.pointee.sy)
        guard width > 0, height > 0, image.pointee.trueColor != 0, let rows = image.pointee.tpixels else { return nil }
        let stride = 1 + 3 * width
        var raw = [UInt8](repeating: 0, count: stride * height)
        raw.withUnsafeMutableBufferPointer { buffer in
            var previous = [UInt8](repeating: 0, count: 3 * width)
            var current = [UInt8](repeating: 0, count: 3 * width)
            for y in 0..<height {
                guard let row = rows[y] else { continue }
                for x in 0..<width {
                    let pixel = UInt32(bitPattern: row[x])
                    current[3 * x] = UInt8((pixel >> 16) & 0xFF)
                    current[3 * x + 1] = UInt8((pixel >> 8) & 0xFF)
                    current[3 * x + 2] = UInt8(pixel & 0xFF)
                }
                let start = y * stride
                buffer[start] = 2  // filter: Up
                for index in 0..<(3 * width) {
                    buffer[start + 1 + index] = current[index] &- previous[index]
                }
                swap(&previous, &current)
            }
        }
        var compressedSize = compressBound(uLong(raw.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedSize))
        let status = compressed.withUnsafeMutableBufferPointer { output in
            raw.withUnsafeBufferPointer { input in
                compress2(output.baseAddress, &compressedSize, input.baseAddress, uLong(input.count), level)
            }
        }
        guard status == Z_OK else { return nil }
        compressed.removeLast(compressed.count - Int(compressedSize))

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]  // 8-bit RGB, deflate, no interlace
        png.appendChunk("IHDR", header)
        png.appendChunk("IDAT", compressed)
        png.appendChunk("IEND", [])
        return png
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
