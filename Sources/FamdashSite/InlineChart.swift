import FamdashCharts

/// A chart drawn into the page itself (a per-area chart there is no file of): both layouts
/// inline, the style showing the one that suits the screen, and the [c] key when it draws one.
enum InlineChart {
    static func figure(_ chart: Chart, id: String) -> String {
        var html = "<figure class=\"chart inline\">\n<div class=\"chart-wide\">" + SVGRenderer.svg(ChartLayout.scene(chart), id: id) + "</div>\n"
        html += "<div class=\"chart-narrow\">" + SVGRenderer.svg(ChartLayout.scene(chart, width: ChartLayout.narrowWidth), id: id + "-narrow") + "</div>\n"
        if chart.showsSuppressed { html += "<figcaption><span class=\"c-key\">\(HTMLTable.suppressionKeyText)</span></figcaption>\n" }
        return html + "</figure>\n"
    }
}
