import CGD
import Foundation

/// A piece of text rendered once by libgd and FreeType, kept as an anti-aliasing coverage mask.
struct TextStamp: Sendable {
    /// Width of the text's bounding box, for centring and right-aligning.
    var advance: Int32
    /// Where the mask's top-left pixel lies relative to the pen (left end of the baseline).
    var offsetX: Int32
    var offsetY: Int32
    var width: Int
    var height: Int
    /// Coverage in sixteen steps, 0 (none) to 15 (full), row by row.
    var coverage: [UInt8]
    /// Per row, the columns holding any coverage (start ..< end): the rest of a row is skipped.
    var spans: [Range<Int>] = []
}

/// Text masks kept across charts and threads. The same ward names, tick labels and legends
/// recur in every chart of every quarter; libgd renders text under one process-wide lock
/// (FreeType faces are shared) and runs the font's hinting program per glyph, which measured
/// as most of a build's drawing time. A mask depends only on the text, font and size, so
/// stamping it gives the same pixels whichever thread drew it first.
final class TextStamps: @unchecked Sendable {
    static let shared = TextStamps()
    private struct Key: Hashable { var text: String; var font: String; var points: Double }
    private var stamps: [Key: TextStamp] = [:]
    private let lock = NSLock()
    /// Margin around FreeType's bounding box: anti-aliasing can reach a pixel past it.
    private static let margin: Int32 = 2

    func stamp(_ text: String, font: String, points: Double) throws -> TextStamp {
        let key = Key(text: text, font: font, points: points)
        lock.lock()
        let known = stamps[key]
        lock.unlock()
        if let known { return known }
        let made = try Self.render(text, font: font, points: points)
        lock.lock()
        stamps[key] = made
        lock.unlock()
        return made
    }

    /// Draws the text in white on black with libgd; the red channel is then the coverage. One
    /// libgd call where possible: each call sets the font size, which runs the font's hinting
    /// set-up program again, so drawing into a generous canvas beats measuring first.
    static func render(_ text: String, font: String, points: Double) throws -> TextStamp {
        let em = Int32((points * 96 / 72).rounded(.up))
        let guessWidth = 2 * margin + 2 * em * Int32(max(1, text.unicodeScalars.count)) + 2 * em
        let guessHeight = 2 * margin + 3 * em
        let penX = margin + em, penY = margin + 2 * em
        var bounds = [Int32](repeating: 0, count: 8)
        if let image = gdImageCreateTrueColor(guessWidth, guessHeight) {
            defer { gdImageDestroy(image) }
            try drawString(image, &bounds, font: font, points: points, x: penX, y: penY, text: text,
                           color: famdash_gd_true_color(255, 255, 255))
            let box = Box(bounds)
            if box.left >= margin, box.top >= margin, box.right < guessWidth - margin, box.bottom < guessHeight - margin {
                return stamp(from: image, box: box, penX: penX, penY: penY)
            }
        }
        // Text larger than the guess (an unusual script or size): measure, then draw to fit.
        try drawString(nil, &bounds, font: font, points: points, x: 0, y: 0, text: text)
        let box = Box(bounds)
        let width = box.right - box.left + 1 + 2 * margin, height = box.bottom - box.top + 1 + 2 * margin
        guard width > 0, height > 0, let image = gdImageCreateTrueColor(width, height) else {
            return TextStamp(advance: box.advance, offsetX: 0, offsetY: 0, width: 0, height: 0, coverage: [])
        }
        defer { gdImageDestroy(image) }
        let x = margin - box.left, y = margin - box.top
        try drawString(image, &bounds, font: font, points: points, x: x, y: y, text: text, color: famdash_gd_true_color(255, 255, 255))
        return stamp(from: image, box: Box(bounds), penX: x, penY: y)
    }

    /// FreeType's bounding box: lower-left (0, 1), lower-right (2, 3), upper-right (4, 5), upper-left (6, 7).
    private struct Box {
        var left, right, top, bottom, advance: Int32
        init(_ bounds: [Int32]) {
            left = min(bounds[0], bounds[6])
            right = max(bounds[2], bounds[4])
            top = min(bounds[5], bounds[7])
            bottom = max(bounds[1], bounds[3])
            advance = bounds[2] - bounds[0]
        }
    }

    /// The box plus a margin, cut out of the drawn image.
    private static func stamp(from image: gdImagePtr, box: Box, penX: Int32, penY: Int32) -> TextStamp {
        let left = max(0, box.left - margin), top = max(0, box.top - margin)
        let right = min(image.pointee.sx - 1, box.right + margin), bottom = min(image.pointee.sy - 1, box.bottom + margin)
        let width = Int(right - left + 1), height = Int(bottom - top + 1)
        guard width > 0, height > 0, let rows = image.pointee.tpixels else {
            return TextStamp(advance: box.advance, offsetX: 0, offsetY: 0, width: 0, height: 0, coverage: [])
        }
        var coverage = [UInt8](repeating: 0, count: width * height)
        var spans: [Range<Int>] = []
        for y in 0..<height {
            var first = width, last = -1
            if let row = rows[Int(top) + y] {
                for x in 0..<width {
                    let step = quantized(row[Int(left) + x] >> 16 & 0xFF)
                    coverage[y * width + x] = step
                    if step > 0 { first = min(first, x); last = x }
                }
            }
            spans.append(last >= first ? first..<(last + 1) : 0..<0)
        }
        return TextStamp(advance: box.advance, offsetX: left - penX, offsetY: top - penY, width: width, height: height,
                         coverage: coverage, spans: spans)
    }

    /// Sixteen steps of coverage (0...15, standing for 0, 17, ..., 255) instead of 256:
    /// indistinguishable at 1600 px, and it keeps a chart within a 256-colour palette.
    static func quantized(_ value: Int32) -> UInt8 {
        UInt8((value + 8) / 17)
    }

    private static func drawString(_ image: gdImagePtr?, _ bounds: inout [Int32], font: String, points: Double,
                                   x: Int32, y: Int32, text: String, color: Int32 = 0) throws {
        let error = font.withCString { fontPointer in
            text.withCString { textPointer in
                gdImageStringFT(image, &bounds, color, UnsafeMutablePointer(mutating: fontPointer), points, 0, x, y,
                                UnsafeMutablePointer(mutating: textPointer))
            }
        }
        if let error { throw PNGRenderer.Failure(description: "libgd cannot draw text with \(font): \(String(cString: error))") }
    }
}

extension TextStamp {
    /// Blends the text in a colour onto a palette image with its pen at (x, y), clipped to the
    /// image. `blended` caches, for this colour and image, the palette index of each
    /// (index underneath) * 16 + coverage step - 1; -1 = not yet resolved.
    func draw(on image: gdImagePtr, x: Int32, y: Int32, red: Int32, green: Int32, blue: Int32, blended: inout [Int16]) {
        guard let rows = image.pointee.pixels else { return }
        let imageWidth = Int(image.pointee.sx), imageHeight = Int(image.pointee.sy)
        let originX = Int(x + offsetX), originY = Int(y + offsetY)
        coverage.withUnsafeBufferPointer { mask in
            for row in 0..<height {
                let targetY = originY + row
                guard targetY >= 0, targetY < imageHeight, let pixels = rows[targetY] else { continue }
                let columns = spans[row].clamped(to: max(0, -originX)..<max(0, imageWidth - originX))
                for column in columns {
                    let step = Int(mask[row * width + column])
                    guard step > 0 else { continue }
                    let targetX = originX + column
                    let under = Int(pixels[targetX])
                    let key = under * 16 + step - 1
                    if blended[key] < 0 {
                        let alpha = Int32(step * 17), keep = 255 - Int32(step * 17)
                        let oldRed = withUnsafeBytes(of: image.pointee.red) { $0.load(fromByteOffset: under * 4, as: Int32.self) }
                        let oldGreen = withUnsafeBytes(of: image.pointee.green) { $0.load(fromByteOffset: under * 4, as: Int32.self) }
                        let oldBlue = withUnsafeBytes(of: image.pointee.blue) { $0.load(fromByteOffset: under * 4, as: Int32.self) }
                        let r = (red * alpha + oldRed * keep + 127) / 255
                        let g = (green * alpha + oldGreen * keep + 127) / 255
                        let b = (blue * alpha + oldBlue * keep + 127) / 255
                        blended[key] = Int16(gdImageColorResolve(image, r, g, b))
                    }
                    pixels[targetX] = UInt8(truncatingIfNeeded: blended[key])
                }
            }
        }
    }
}
