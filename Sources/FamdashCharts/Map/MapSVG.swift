/// An area of a map as SVG: one path of all its rings (even-odd fill, so holes stay open),
/// wrapped in a link when it has one, its `<title>` naming the area and its published figure.
enum MapSVG {
    static func area(rings: [[(Double, Double)]], fill: String, stroke: Color, link: String?, title: String?) -> String {
        var d = ""
        for ring in rings {
            for (index, point) in ring.enumerated() {
                d += (index == 0 ? "M" : "L") + SVGRenderer.number(point.0) + " " + SVGRenderer.number(point.1)
            }
            d += "Z"
        }
        var path = "<path d=\"\(d)\" fill=\"\(fill)\" fill-rule=\"evenodd\" stroke=\"\(stroke.hex)\" stroke-width=\"0.6\">"
        if let title { path += "<title>\(SVGRenderer.escape(title))</title>" }
        path += "</path>"
        guard let link else { return path + "\n" }
        // The map is shown in an <object>: a link must open the ward page, not load inside it.
        return "<a href=\"\(SVGRenderer.escape(link))\" target=\"_top\">\(path)</a>\n"
    }
}
