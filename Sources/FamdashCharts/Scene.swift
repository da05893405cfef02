/// What a chart looks like, as flat drawing primitives in CSS pixels. Both renderers (SVG for
/// the web, PNG through libgd for board papers) draw exactly these, so the two cannot disagree.
public struct Scene: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var shapes: [Shape]
    /// Short title for `<title>`; longer text alternative for `<desc>` and alt text.
    public var title: String
    public var description: String

    public init(width: Double, height: Double, shapes: [Shape] = [], title: String, description: String) {
        self.width = width
        self.height = height
        self.shapes = shapes
        self.title = title
        self.description = description
    }
}

public struct Color: Sendable, Hashable {
    public var red: UInt8, green: UInt8, blue: UInt8

    public init(_ hex: UInt32) {
        red = UInt8((hex >> 16) & 0xFF)
        green = UInt8((hex >> 8) & 0xFF)
        blue = UInt8(hex & 0xFF)
    }

    public var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + [red, green, blue].map { String([digits[Int($0 >> 4)], digits[Int($0 & 15)]]) }.joined()
    }

    /// WCAG relative luminance, for choosing readable text on a fill.
    public var luminance: Double {
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// Black or white, whichever reads better on this colour.
    public var textOn: Color {
        (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? Palette.text : Color(0xFFFFFF)
    }
}

/// Fills: suppressed values are hatched so that they never read as zero or as a length.
public enum Paint: Sendable, Hashable {
    case solid(Color)
    case hatched
}

public enum TextAnchor: String, Sendable { case start, middle, end }

public enum Shape: Sendable, Equatable {
    case rect(x: Double, y: Double, width: Double, height: Double, paint: Paint)
    case line(x1: Double, y1: Double, x2: Double, y2: Double, color: Color, width: Double, dashed: Bool)
    case polyline(points: [(Double, Double)], color: Color, width: Double, dashed: Bool)
    case marker(x: Double, y: Double, radius: Double, color: Color, square: Bool)
    case text(x: Double, y: Double, string: String, size: Double, bold: Bool, color: Color, anchor: TextAnchor)
    /// A filled region of one or more rings (holes by the even-odd rule), outlined; in the SVG
    /// a link (relative to the period folder) with a `<title>`.
    case area(rings: [[(Double, Double)]], paint: Paint, stroke: Color, link: String?, title: String?)

    public static func == (lhs: Shape, rhs: Shape) -> Bool {
        switch (lhs, rhs) {
        case let (.rect(a, b, c, d, e), .rect(f, g, h, i, j)): a == f && b == g && c == h && d == i && e == j
        case let (.line(a, b, c, d, e, f, g), .line(h, i, j, k, l, m, n)): a == h && b == i && c == j && d == k && e == l && f == m && g == n
        case let (.polyline(a, b, c, d), .polyline(e, f, g, h)):
            a.count == e.count && zip(a, e).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 } && b == f && c == g && d == h
        case let (.marker(a, b, c, d, e), .marker(f, g, h, i, j)): a == f && b == g && c == h && d == i && e == j
        case let (.text(a, b, c, d, e, f, g), .text(h, i, j, k, l, m, n)): a == h && b == i && c == j && d == k && e == l && f == m && g == n
        case let (.area(a, b, c, d, e), .area(f, g, h, i, j)):
            a.count == f.count && zip(a, f).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 } }
                && b == g && c == h && d == i && e == j
        default: false
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
