import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// Pieces several pages share.
enum PageParts {
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    static func heading(_ title: String, period: PeriodName) -> String {
        "<h1><span class=\"caption\">\(HTMLText.escape(period.monthsLabel)) (\(period.financialLabel))</span> \(HTMLText.escape(title))</h1>\n"
    }

    /// A chart as an image with its sentence as alt text (a narrow layout on phones), links to
    /// the PNG and SVG files (left out in print, with their separator), and the [c] key.
    static func figure(_ chart: ChartReference?, root: String, period: PeriodName) -> String {
        guard let chart else { return "" }
        let folder = root + "\(period)/charts/"
        var html = "<figure class=\"chart\">\n<picture><source media=\"(max-width: 40rem)\" srcset=\"\(folder)\(ChartReference.narrowFile(chart.name)).svg\">"
        html += "<img src=\"\(folder)\(chart.name).svg\" alt=\"\(HTMLText.escape(chart.alt))\" width=\"800\" loading=\"lazy\"></picture>\n"
        html += "<figcaption>\(HTMLText.escape(chart.title)).<span class=\"chart-files\"> <a href=\"\(folder)\(chart.name).png\">PNG for papers</a> · "
        html += "<a href=\"\(folder)\(chart.name).svg\">SVG</a></span>"
        // Inside the caption: a figure allows nothing after its figcaption.
        if chart.showsSuppressed { html += "<span class=\"c-key\">\(HTMLTable.suppressionKeyText)</span>" }
        html += "</figcaption>\n</figure>\n"
        return html
    }

    /// "up 42", "down 3", "no change", with an arrow that is decoration only.
    static func change(_ current: PublishedValue?, _ previous: PublishedValue?) -> String {
        guard let previous else { return "<span class=\"change\">first quarter published</span>" }
        guard case .count(let now) = current, case .count(let before) = previous else {
            return "<span class=\"change\">change not shown ([c])</span>"
        }
        let difference = now - before
        if difference == 0 { return "<span class=\"change\">no change since last quarter</span>" }
        let arrow = difference > 0 ? "▲" : "▼"
        return "<span class=\"change\"><span aria-hidden=\"true\">\(arrow)</span> \(difference > 0 ? "up" : "down") \(HTMLText.grouped(abs(difference))) since last quarter</span>"
    }

    /// "+73", "−3", "0" between two published counts; "–" with no last quarter; [c] if either is withheld.
    static func difference(_ current: PublishedValue, _ previous: PublishedValue?) -> HTMLTable.Cell {
        guard let previous else { return .text("–") }
        guard case .count(let now) = current, case .count(let before) = previous else { return .value(.suppressed) }
        let change = now - before
        return .text(change == 0 ? "0" : (change > 0 ? "+" : "−") + HTMLText.grouped(abs(change)))
    }

    /// A share of two published counts, as a percentage, or [c] if either is hidden.
    static func share(_ part: PublishedValue, of whole: PublishedValue) -> PublishedValue {
        guard case .count(let numerator) = part, case .count(let denominator) = whole else { return .suppressed }
        return .percent(Percentage.tenths(numerator, of: denominator))
    }

    /// "Not recorded" from "not recorded": the first letter only, as the CSV's own "Not recorded".
    static func sentenceCase(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    static func csvLink(_ table: String, root: String, period: PeriodName) -> (href: String, name: String) {
        (root + "\(period)/data/\(table).csv", "\(table).csv")
    }

    static let headlineLabels: [(key: SummaryTable.Column, label: String)] = [
        (.families, "Families in the programme"), (.people, "People in those families"),
        (.allocated, "Families allocated a lead worker"), (.claims, "Payment-by-results claims"),
    ]
}
