import FamdashDisclosure

/// Lays a chart out as a scene: title, subtitle, legend, axes with 1-2-5 ticks, labels that
/// never overlap. Two widths: 800 px for desktops and papers (the PNG doubles it) and a narrow
/// 360 px variant for phones, so that chart text stays at least 9 CSS px on a 375 px screen.
public enum ChartLayout {
    public static let width = 800.0
    public static let narrowWidth = 360.0
    static let margin = 16.0
    static let titleSize = 18.0
    static let labelSize = 13.0
    static let smallSize = 11.0
    /// The smallest text any layout draws (checked by the tests and the browser checks).
    public static let smallestText = smallSize

    public static func scene(_ chart: Chart, width: Double = width) -> Scene {
        var builder = SceneBuilder(chart: chart, width: width)
        switch chart.kind {
        case .bars(let bars): builder.layBars(bars)
        case .stacked(let stacked): builder.layStacked(stacked)
        case .columns(let columns):
            // A phone has no room for ten labelled columns: the same values, in the same
            // order, as horizontal bars.
            if builder.narrow {
                builder.layBars(.init(rows: zip(columns.labels, columns.values).map { .init(label: $0, value: $1) }, color: columns.color))
            } else {
                builder.layColumns(columns)
            }
        case .lines(let lines): builder.layLines(lines)
        case .compare(let compare): builder.layCompare(compare)
        case .map(let map): builder.layMap(map)
        }
        return builder.scene
    }
}

struct SceneBuilder {
    typealias L = ChartLayout

    let chart: Chart
    let width: Double
    var shapes: [Shape] = []
    var height = 0.0
    /// A [c] is drawn: the key explains it.
    var anySuppressed = false
    /// A hatched block stands for the sum of a bar's withheld parts: the key says so.
    var anyRemainder = false
    var listing: [String] = []
    let titleLines: [String]
    /// How far the content moves down for a title that wraps.
    let dy: Double

    init(chart: Chart, width: Double) {
        self.chart = chart
        self.width = width
        titleLines = TextMetrics.wrapped(chart.title, size: L.titleSize, bold: true, width: width - 2 * L.margin, maximumLines: 3)
        dy = Double(titleLines.count - 1) * 22
    }

    var narrow: Bool { width < L.width }

    var scene: Scene {
        var all = shapes
        var totalHeight = height
        if anySuppressed {
            let key = anyRemainder
                ? "[c] confidential: withheld to protect privacy. The hatched parts of a bar, together, show only what its withheld parts add up to."
                : "[c] confidential: withheld to protect privacy. The small hatched mark has no size: it is not a value."
            let lines = TextMetrics.wrapped(key, size: L.smallSize, width: width - 2 * L.margin - 24)
            all.append(.rect(x: L.margin, y: totalHeight + 4, width: 18, height: 12, paint: .hatched))
            for (index, line) in lines.enumerated() {
                all.append(.text(x: L.margin + 24, y: totalHeight + 14 + Double(index) * 15, string: line,
                                 size: L.smallSize, bold: false, color: Palette.secondaryText, anchor: .start))
            }
            totalHeight += 9 + 15 * Double(lines.count)
        }
        totalHeight += 8
        var header: [Shape] = [.rect(x: 0, y: 0, width: width, height: totalHeight, paint: .solid(Palette.background))]
        for (index, line) in titleLines.enumerated() {
            header.append(.text(x: L.margin, y: 28 + Double(index) * 22, string: line, size: L.titleSize, bold: true, color: Palette.text, anchor: .start))
        }
        header.append(.text(x: L.margin, y: 48 + dy, string: TextMetrics.truncated(chart.subtitle, size: L.labelSize, width: width - 2 * L.margin),
                            size: L.labelSize, bold: false, color: Palette.secondaryText, anchor: .start))
        let description = ([chart.summary] + (listing.isEmpty ? [] : [listing.joined(separator: "; ") + "."])).joined(separator: " ")
        return Scene(width: width, height: totalHeight, shapes: header + all, title: chart.title + ", " + chart.subtitle, description: description)
    }

    // MARK: shared pieces

    mutating func text(_ x: Double, _ y: Double, _ string: String, size: Double = L.labelSize, bold: Bool = false,
                       color: Color = Palette.text, anchor: TextAnchor = .start) {
        shapes.append(.text(x: x, y: y, string: string, size: size, bold: bold, color: color, anchor: anchor))
    }

    mutating func legend(_ items: [(name: String, color: Color, dashed: Bool, line: Bool)], y: Double) -> Double {
        var x = L.margin
        var row = y
        for item in items {
            let itemWidth = 22 + TextMetrics.width(item.name, size: L.labelSize) + 18
            if x + itemWidth > width - L.margin && x > L.margin {
                x = L.margin
                row += 20
            }
            if item.line {
                shapes.append(.line(x1: x, y1: row - 4, x2: x + 16, y2: row - 4, color: item.color, width: 3, dashed: item.dashed))
            } else {
                shapes.append(.rect(x: x, y: row - 11, width: 14, height: 14, paint: .solid(item.color)))
            }
            text(x + 22, row, item.name)
            x += itemWidth
        }
        return row + 14
    }

    /// Vertical grid lines and tick labels for a horizontal value axis.
    mutating func horizontalAxis(scale: NiceScale, x0: Double, plotWidth: Double, top: Double, bottom: Double, percent: Bool) {
        let maximum = Double(percent ? 100 : scale.maximum)
        let ticks = percent ? [0, 25, 50, 75, 100] : scale.ticks
        var lastRight = -Double.infinity
        for tick in ticks {
            let x = x0 + Double(tick) / maximum * plotWidth
            shapes.append(.line(x1: x, y1: top, x2: x, y2: bottom, color: tick == 0 ? Palette.axis : Palette.grid, width: 1, dashed: false))
            let label = percent ? "\(tick)%" : ChartText.grouped(tick)
            let half = TextMetrics.width(label, size: L.smallSize) / 2
            if x - half > lastRight + 4 && x + half <= width {
                text(x, bottom + 16, label, size: L.smallSize, color: Palette.secondaryText, anchor: .middle)
                lastRight = x + half
            }
        }
        text(x0 + plotWidth / 2, bottom + 34, percent ? "Percentage of \(chart.valueLabel.lowercased())" : chart.valueLabel,
             size: L.labelSize, color: Palette.secondaryText, anchor: .middle)
    }

    /// A withheld value: a small hatched mark across the zero line, the same whatever the
    /// value, so that it can never be read as a length (labelled [c] by the caller).
    mutating func suppressedMark(at base: Double, across: Double, thickness: Double, vertical: Bool = false) {
        anySuppressed = true
        let reach = 4.0
        shapes.append(vertical ? .rect(x: across - thickness / 2, y: base - reach, width: thickness, height: 2 * reach, paint: .hatched)
                               : .rect(x: base - reach, y: across - thickness / 2, width: 2 * reach, height: thickness, paint: .hatched))
    }
}
