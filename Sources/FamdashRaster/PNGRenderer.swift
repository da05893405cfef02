import CGD
import FamdashCharts
import Foundation

/// Draws a scene with libgd at `scale` times its CSS size (2x: 1600 px wide, sharp in a Word
/// paper), anti-aliased text in a real TrueType font, and encodes it as PNG.
public enum PNGRenderer {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// zlib level for the zlib strategies below (famdash's own encoder has none); see README
    /// ("PNG drawing and compression"). FAMDASH_PNG_LEVEL overrides it, for the benchmark only.
    public static let compressionLevel: Int32 = {
        if let text = ProcessInfo.processInfo.environment["FAMDASH_PNG_LEVEL"], let level = Int32(text), (0...9).contains(level) { return level }
        return 3
    }()

    /// How PNG data is compressed; FAMDASH_PNG_STRATEGY=zlib-rle|zlib overrides famdash's own
    /// encoder, for the benchmark only (README, "PNG drawing and compression").
    static let strategy: PNGEncoder.Strategy = {
        switch ProcessInfo.processInfo.environment["FAMDASH_PNG_STRATEGY"] {
        case "zlib-rle": return .zlibRunLength
        case "zlib": return .zlibStandard
        default: return .ownRunLength
        }
    }()

    private static let fontCache: Void = { _ = gdFontCacheSetup() }()

    public static func png(_ scene: Scene, fonts: Fonts, scale: Double = 2) throws -> [UInt8] {
        _ = fontCache
        let width = Int32((scene.width * scale).rounded()), height = Int32((scene.height * scale).rounded())
        // A palette image: a chart is flat colours plus anti-aliased text in 16 steps, well
        // within 256 colours, and a byte a pixel is a quarter of the memory to fill, scan and
        // compress (measured as the largest cost of a build once text was cached).
        guard width > 0, height > 0, let image = gdImageCreate(width, height) else {
            throw Failure(description: "libgd could not create a \(width)x\(height) image")
        }
        defer { gdImageDestroy(image) }
        _ = gdImageColorAllocate(image, 255, 255, 255)  // index 0, the background
        var canvas = Canvas(image: image, scale: scale, fonts: fonts, width: width, height: height)
        for shape in scene.shapes { try canvas.draw(shape) }
        guard let png = PNGEncoder.encode(image, level: compressionLevel, strategy: strategy) else {
            throw Failure(description: "could not encode the PNG")
        }
        return png
    }
}

/// Drawing calls on one libgd image, in scene coordinates.
struct Canvas {
    let image: gdImagePtr
    let scale: Double
    let fonts: Fonts
    let width: Int32
    let height: Int32
    /// Per text colour, palette indices of blends (see TextStamp.draw), kept for the chart.
    var blendTables: [UInt32: [Int16]] = [:]

    func px(_ value: Double) -> Int32 { Int32((value * scale).rounded()) }
    /// The palette index of a colour (allocated on first use; the nearest once 256 are used).
    func color(_ color: FamdashCharts.Color) -> Int32 {
        gdImageColorResolve(image, Int32(color.red), Int32(color.green), Int32(color.blue))
    }

    mutating func draw(_ shape: Shape) throws {
        switch shape {
        case let .rect(x, y, w, h, paint):
            let x1 = px(x), y1 = px(y), x2 = px(x + w) - 1, y2 = px(y + h) - 1
            guard x2 >= x1, y2 >= y1 else { return }
            switch paint {
            case .solid(let fill):
                fillRectangle(x1, y1, x2, y2, color(fill))
            case .hatched:
                fillRectangle(x1, y1, x2, y2, color(Palette.hatchBackground))
                gdImageSetClip(image, x1, y1, x2, y2)
                gdImageSetThickness(image, Int32(max(1, (1.5 * scale).rounded())))
                let spacing = Int32(6 * scale)
                var offset = -(y2 - y1)
                while offset <= x2 - x1 {
                    gdImageLine(image, x1 + offset, y2, x1 + offset + (y2 - y1), y1, color(Palette.hatchLine))
                    offset += spacing
                }
                gdImageSetThickness(image, 1)
                gdImageSetClip(image, 0, 0, width - 1, height - 1)
                gdImageRectangle(image, x1, y1, x2, y2, color(Palette.hatchLine))
            }
        case let .line(x1, y1, x2, y2, lineColor, lineWidth, dashed):
            strokeSegments([(x1, y1), (x2, y2)], color: lineColor, width: lineWidth, dashed: dashed, dash: (6, 4))
        case let .polyline(points, lineColor, lineWidth, dashed):
            strokeSegments(points, color: lineColor, width: lineWidth, dashed: dashed, dash: (8, 5))
        case let .marker(x, y, radius, markerColor, square):
            if square {
                gdImageFilledRectangle(image, px(x - radius), px(y - radius), px(x + radius), px(y + radius), color(markerColor))
            } else {
                gdImageFilledEllipse(image, px(x), px(y), px(2 * radius), px(2 * radius), color(markerColor))
            }
        case let .text(x, y, string, size, bold, textColor, anchor):
            try text(x: x, y: y, string: string, size: size, bold: bold, color: textColor, anchor: anchor)
        case let .area(rings, paint, stroke, _, _):
            fillArea(rings, paint: paint, stroke: stroke)
        }
    }

    /// Opaque fills written straight into the pixel rows: libgd's own fill goes pixel by pixel,
    /// which measured as the largest cost of drawing a chart.
    func fillRectangle(_ x1: Int32, _ y1: Int32, _ x2: Int32, _ y2: Int32, _ fill: Int32) {
        let left = max(0, Int(x1)), right = min(Int(width) - 1, Int(x2))
        let top = max(0, Int(y1)), bottom = min(Int(height) - 1, Int(y2))
        guard left <= right, top <= bottom, let rows = image.pointee.pixels else { return }
        for y in top...bottom {
            guard let row = rows[y] else { continue }
            (row + left).update(repeating: UInt8(truncatingIfNeeded: fill), count: right - left + 1)
        }
    }

    /// Thick strokes as filled quadrilaterals with round joins: libgd's anti-aliased lines are
    /// 1 px only, and its thick lines are jagged at joins.
    func strokeSegments(_ points: [(Double, Double)], color lineColor: FamdashCharts.Color, width lineWidth: Double,
                        dashed: Bool, dash: (Double, Double)) {
        let fill = color(lineColor)
        let half = lineWidth / 2
        if lineWidth <= 1.01 && points.count == 2 && !dashed && (points[0].0 == points[1].0 || points[0].1 == points[1].1) {
            // Axis and grid lines: crisp rectangles exactly `scale` pixels thick.
            let x1 = px(min(points[0].0, points[1].0)), x2 = px(max(points[0].0, points[1].0))
            let y1 = px(min(points[0].1, points[1].1)), y2 = px(max(points[0].1, points[1].1))
            let thickness = Int32(max(1, scale.rounded()))
            if x1 == x2 {
                gdImageFilledRectangle(image, x1 - thickness / 2, y1, x1 - thickness / 2 + thickness - 1, y2, fill)
            } else {
                gdImageFilledRectangle(image, x1, y1 - thickness / 2, x2, y1 - thickness / 2 + thickness - 1, fill)
            }
            return
        }
        var pieces: [((Double, Double), (Double, Double))] = []
        for index in 1..<points.count {
            let a = points[index - 1], b = points[index]
            if !dashed {
                pieces.append((a, b))
                continue
            }
            let length = ((b.0 - a.0) * (b.0 - a.0) + (b.1 - a.1) * (b.1 - a.1)).squareRoot()
            guard length > 0 else { continue }
            var position = 0.0
            while position < length {
                let end = min(length, position + dash.0)
                let t0 = position / length, t1 = end / length
                pieces.append(((a.0 + (b.0 - a.0) * t0, a.1 + (b.1 - a.1) * t0), (a.0 + (b.0 - a.0) * t1, a.1 + (b.1 - a.1) * t1)))
                position = end + dash.1
            }
        }
        for (a, b) in pieces {
            let dx = b.0 - a.0, dy = b.1 - a.1
            let length = (dx * dx + dy * dy).squareRoot()
            guard length > 0 else { continue }
            let nx = -dy / length * half, ny = dx / length * half
            var corners = [gdPoint(x: px(a.0 + nx), y: px(a.1 + ny)), gdPoint(x: px(b.0 + nx), y: px(b.1 + ny)),
                           gdPoint(x: px(b.0 - nx), y: px(b.1 - ny)), gdPoint(x: px(a.0 - nx), y: px(a.1 - ny))]
            gdImageFilledPolygon(image, &corners, 4, fill)
            if !dashed {
                gdImageFilledEllipse(image, px(b.0), px(b.1), px(lineWidth), px(lineWidth), fill)
            }
        }
    }

    mutating func text(x: Double, y: Double, string: String, size: Double, bold: Bool, color textColor: FamdashCharts.Color,
              anchor: TextAnchor) throws {
        let font = bold ? fonts.bold : fonts.regular
        // gd sizes text in points at 96 dpi: 0.75 pt per pixel.
        let stamp = try TextStamps.shared.stamp(string, font: font, points: size * scale * 0.75)
        var left = px(x)
        if anchor != .start { left -= anchor == .middle ? stamp.advance / 2 : stamp.advance }
        let key = UInt32(textColor.red) << 16 | UInt32(textColor.green) << 8 | UInt32(textColor.blue)
        stamp.draw(on: image, x: left, y: px(y), red: Int32(textColor.red), green: Int32(textColor.green), blue: Int32(textColor.blue),
                   blended: &blendTables[key, default: [Int16](repeating: -1, count: 256 * 16)])
    }
}
