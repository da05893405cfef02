import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// The ward map on a page: the SVG in an <object>, so its shapes stay links into the ward
/// pages (an <img> would drop them), with the PNG as the fallback; the wards table on the
/// same page is its text alternative.
enum WardMapFigure {
    static func html(_ chart: ChartReference?, root: String, period: PeriodName) -> String {
        guard let chart else { return "" }
        let folder = root + "\(period)/charts/"
        var html = "<h2 id=\"map\">Map</h2>\n<figure class=\"chart map\">\n"
        let size = chart.size ?? (800, 800)
        html += "<object data=\"\(folder)\(chart.name).svg\" type=\"image/svg+xml\" width=\"\(Int(size.width))\" height=\"\(Int(size.height.rounded(.up)))\" aria-label=\"\(HTMLText.escape(chart.alt))\">"
        html += "<img src=\"\(folder)\(chart.name).png\" alt=\"\(HTMLText.escape(chart.alt))\" width=\"800\"></object>\n"
        html += "<figcaption>\(HTMLText.escape(chart.title)). Select a ward to open its page; the table above lists every ward's figures. "
        html += "<a href=\"\(folder)\(chart.name).png\">PNG for papers</a> · <a href=\"\(folder)\(chart.name).svg\">SVG</a></figcaption>\n</figure>\n"
        return html
    }
}
