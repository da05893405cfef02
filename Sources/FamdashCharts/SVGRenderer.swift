import FamdashModel

/// Writes a scene as a standalone SVG document: text, no script, accessible (`role="img"`,
/// `<title>` and `<desc>`), byte-identical for the same scene.
public enum SVGRenderer {
    public static let fontFamily = "'DejaVu Sans', Verdana, 'Liberation Sans', Arial, sans-serif"

    /// - Parameter linkPrefix: what leads from where the SVG is shown to the period folder
    ///   that area links are relative to (charts live in `P/charts/`).
    public static func svg(_ scene: Scene, id: String, linkPrefix: String = "../") -> String {
        let safeID = String(id.unicodeScalars.map { ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) ? Character($0) : "-" })
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(scene.width))\" height=\"\(number(scene.height))\" "
        out += "viewBox=\"0 0 \(number(scene.width)) \(number(scene.height))\" role=\"\(role(scene))\" aria-labelledby=\"\(safeID)-title \(safeID)-desc\">\n"
        out += "<title id=\"\(safeID)-title\">\(escape(scene.title))</title>\n"
        out += "<desc id=\"\(safeID)-desc\">\(escape(scene.description))</desc>\n"
        out += "<defs><pattern id=\"\(safeID)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        out += "<rect width=\"6\" height=\"6\" fill=\"\(Palette.hatchBackground.hex)\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(Palette.hatchLine.hex)\" stroke-width=\"2\"/></pattern></defs>\n"
        out += "<g font-family=\"\(fontFamily)\">\n"
        for shape in scene.shapes {
            switch shape {
            case let .rect(x, y, width, height, paint):
                let fill: String
                switch paint {
                case .solid(let color): fill = color.hex
                case .hatched: fill = "url(#\(safeID)-hatch)"
                }
                let stroke = paint == .hatched ? " stroke=\"\(Palette.hatchLine.hex)\" stroke-width=\"1\"" : ""
                out += "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\" fill=\"\(fill)\"\(stroke)/>\n"
            case let .line(x1, y1, x2, y2, color, width, dashed):
                out += "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"\(color.hex)\" stroke-width=\"\(number(width))\"\(dashed ? " stroke-dasharray=\"6 4\"" : "")/>\n"
            case let .polyline(points, color, width, dashed):
                let list = points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
                out += "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(color.hex)\" stroke-width=\"\(number(width))\" stroke-linejoin=\"round\"\(dashed ? " stroke-dasharray=\"8 5\"" : "")/>\n"
            case let .marker(x, y, radius, color, square):
                if square {
                    out += "<rect x=\"\(number(x - radius))\" y=\"\(number(y - radius))\" width=\"\(number(2 * radius))\" height=\"\(number(2 * radius))\" fill=\"\(color.hex)\"/>\n"
                } else {
                    out += "<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"\(number(radius))\" fill=\"\(color.hex)\"/>\n"
                }
            case let .text(x, y, string, size, bold, color, anchor):
                out += "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\"\(bold ? " font-weight=\"bold\"" : "")"
                out += " fill=\"\(color.hex)\"\(anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\"")>\(escape(string))</text>\n"
            case let .area(rings, paint, stroke, link, title):
                out += MapSVG.area(rings: rings, fill: paint == .hatched ? "url(#\(safeID)-hatch)" : { if case .solid(let c) = paint { c.hex } else { "none" } }(),
                                   stroke: stroke, link: link.map { linkPrefix + $0 }, title: title)
            }
        }
        out += "</g>\n</svg>\n"
        return out
    }

    /// An image, or a group when it holds links (a map): an image's children are hidden from
    /// assistive technology, and the links must not be.
    static func role(_ scene: Scene) -> String {
        scene.shapes.contains { if case .area(_, _, _, let link, _) = $0 { link != nil } else { false } } ? "group" : "img"
    }

    /// Two decimals at most, no locale, no exponent: the same number always prints the same.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Text and attribute values: the escaping pages use too (`MarkupText`, in FamdashModel).
    static func escape(_ text: String) -> String { MarkupText.escape(text) }
}
