import FamdashDisclosure

/// Lays a chart out as a scene: fixed 800 px width (the PNG doubles it), title, subtitle,
/// legend, axes with 1-2-5 ticks, labels that never overlap.
public enum ChartLayout {
    public static let width = 800.0
    static let margin = 16.0
    static let titleSize = 18.0
    static let labelSize = 13.0
    static let smallSize = 11.0

    public static func scene(_ chart: Chart) -> Scene {
        var builder = SceneBuilder(chart: chart)
        switch chart.kind {
        case .bars(let bars): builder.layBars(bars)
        case .stacked(let stacked): builder.layStacked(stacked)
        case .columns(let columns): builder.layColumns(columns)
        case .lines(let lines): builder.layLines(lines)
        case .compare(let compare): builder.layCompare(compare)
        case .map(let map): builder.layMap(map)
        }
        return builder.scene
    }
}

struct SceneBuilder {
    let chart: Chart
    var shapes: [Shape] = []
    var height = 0.0
    var anySuppressed = false
    var listing: [String] = []

    init(chart: Chart) { self.chart = chart }

    typealias L = ChartLayout

    var scene: Scene {
        var all = shapes
        var totalHeight = height
        if anySuppressed {
            all.append(.rect(x: L.margin, y: totalHeight + 4, width: 18, height: 12, paint: .hatched))
            all.append(.text(x: L.margin + 24, y: totalHeight + 14, string: "[c] suppressed to protect privacy (a count below the threshold, or one that would reveal it)",
                             size: L.smallSize, bold: false, color: Palette.secondaryText, anchor: .start))
            totalHeight += 24
        }
        totalHeight += 8
        let header: [Shape] = [
            .rect(x: 0, y: 0, width: L.width, height: totalHeight, paint: .solid(Palette.background)),
            .text(x: L.margin, y: 28, string: TextMetrics.truncated(chart.title, size: L.titleSize, width: L.width - 2 * L.margin),
                  size: L.titleSize, bold: true, color: Palette.text, anchor: .start),
            .text(x: L.margin, y: 48, string: chart.subtitle, size: L.labelSize, bold: false, color: Palette.secondaryText, anchor: .start),
        ]
        let description = ([chart.summary] + (listing.isEmpty ? [] : [listing.joined(separator: "; ") + "."])).joined(separator: " ")
        return Scene(width: L.width, height: totalHeight, shapes: header + all, title: chart.title + ", " + chart.subtitle, description: description)
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
            if x + itemWidth > L.width - L.margin && x > L.margin {
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
            if x - half > lastRight + 4 {
                text(x, bottom + 16, label, size: L.smallSize, color: Palette.secondaryText, anchor: .middle)
                lastRight = x + half
            }
        }
        text(x0 + plotWidth / 2, bottom + 34, percent ? "Percentage of \(chart.valueLabel.lowercased())" : chart.valueLabel,
             size: L.labelSize, color: Palette.secondaryText, anchor: .middle)
    }

    mutating func hatchedStub(x: Double, y: Double, height: Double, vertical: Bool = false) {
        anySuppressed = true
        shapes.append(vertical ? .rect(x: x, y: y - 14, width: height, height: 14, paint: .hatched)
                               : .rect(x: x, y: y, width: 26, height: height, paint: .hatched))
    }

    // MARK: ranked bars

    mutating func layBars(_ bars: Chart.Bars) {
        let rowHeight = 24.0, barHeight = 16.0
        let labels = bars.rows.map { row in
            guard let detail = row.detail, detail != row.label else { return row.label }
            return "\(row.label) (\(detail))"
        }
        let widest = labels.map { TextMetrics.width($0, size: L.labelSize) }.max() ?? 0
        let labelWidth = min(270, max(60, widest + 8))
        let x0 = L.margin + labelWidth + 8
        let plotWidth = L.width - x0 - 70
        let maximum = bars.rows.compactMap(\.value.count).max() ?? 0
        let scale = NiceScale(maximumValue: maximum)
        let top = 66.0
        let bottom = top + Double(bars.rows.count) * rowHeight + 4
        horizontalAxis(scale: scale, x0: x0, plotWidth: plotWidth, top: top, bottom: bottom, percent: false)
        for (index, row) in bars.rows.enumerated() {
            let y = top + Double(index) * rowHeight + 4
            text(L.margin + labelWidth, y + 12, TextMetrics.truncated(labels[index], size: L.labelSize, width: labelWidth), anchor: .end)
            listing.append("\(labels[index]): \(ChartText.value(row.value))")
            switch row.value {
            case .count(let count):
                let length = scale.maximum > 0 ? Double(count) / Double(scale.maximum) * plotWidth : 0
                if length > 0 { shapes.append(.rect(x: x0, y: y, width: length, height: barHeight, paint: .solid(bars.color))) }
                text(x0 + length + 4, y + 12, ChartText.grouped(count))
            default:
                hatchedStub(x: x0, y: y, height: barHeight)
                text(x0 + 30, y + 12, "[c]")
            }
        }
        height = bottom + 44
    }

    // MARK: stacked bars

    mutating func layStacked(_ stacked: Chart.Stacked) {
        let rowHeight = 28.0, barHeight = 20.0
        var y = legend(stacked.parts.map { ("\($0.name) (\($0.letter))", $0.color, false, false) }, y: 72)
        let widest = stacked.rows.map { TextMetrics.width($0.label, size: L.labelSize) }.max() ?? 0
        let labelWidth = min(250, max(60, widest + 8))
        let x0 = L.margin + labelWidth + 8
        let plotWidth = L.width - x0 - 80
        // A row without a published total is measured by its published parts alone.
        let maximum = stacked.percent ? 100 : (stacked.rows.map { $0.total.count ?? $0.values.compactMap(\.count).reduce(0, +) }.max() ?? 0)
        let scale = NiceScale(maximumValue: maximum)
        let top = y + 8
        let bottom = top + Double(stacked.rows.count) * rowHeight + 4
        horizontalAxis(scale: scale, x0: x0, plotWidth: plotWidth, top: top, bottom: bottom, percent: stacked.percent)
        for (index, row) in stacked.rows.enumerated() {
            y = top + Double(index) * rowHeight + 4
            text(L.margin + labelWidth, y + 15, TextMetrics.truncated(row.label, size: L.labelSize, width: labelWidth), anchor: .end)
            let parts = zip(stacked.parts, row.values).map { "\($0.name.lowercased()) \(ChartText.value($1))" }
            listing.append("\(row.label): " + parts.joined(separator: ", ") + " of \(ChartText.value(row.total))")
            guard case .count(let total) = row.total else {
                // No total: published parts at their own length on the scale, then a hatched
                // stub whose width means nothing, so the chart shows what the table shows.
                var x = x0
                if !stacked.percent {
                    for (part, value) in zip(stacked.parts, row.values) {
                        guard case .count(let count) = value, count > 0 else { continue }
                        let segment = Double(count) / Double(scale.maximum) * plotWidth
                        segmentShapes(part, count: count, x: x, y: y, width: segment, height: barHeight)
                        x += segment
                    }
                }
                hatchedStub(x: x, y: y, height: barHeight)
                text(x + 30, y + 15, "[c]")
                continue
            }
            if total == 0 {
                text(x0 + 4, y + 15, "none", color: Palette.secondaryText)
                continue
            }
            let full = stacked.percent ? plotWidth : Double(total) / Double(scale.maximum) * plotWidth
            var x = x0
            var published = 0
            for (part, value) in zip(stacked.parts, row.values) {
                guard case .count(let count) = value, count > 0 else { continue }
                published += count
                let segment = Double(count) / Double(total) * full
                segmentShapes(part, count: count, x: x, y: y, width: segment, height: barHeight)
                x += segment
            }
            // Suppressed parts are drawn as one hatched block: its size is the row total less
            // the published parts, which any reader can already work out, and nothing more.
            if published < total {
                let rest = Double(total - published) / Double(total) * full
                anySuppressed = true
                shapes.append(.rect(x: x, y: y, width: rest, height: barHeight, paint: .hatched))
                if TextMetrics.width("[c]", size: L.smallSize) + 4 <= rest {
                    text(x + rest / 2, y + 14, "[c]", size: L.smallSize, anchor: .middle)
                }
                x += rest
            }
            text(x0 + full + 6, y + 15, stacked.percent ? "n = \(ChartText.grouped(total))" : ChartText.grouped(total),
                 size: L.smallSize, color: Palette.secondaryText)
        }
        height = bottom + 44
    }

    /// One published part of a stacked bar, with its letter and count when they fit.
    private mutating func segmentShapes(_ part: Chart.Stacked.Part, count: Int, x: Double, y: Double, width: Double, height: Double) {
        shapes.append(.rect(x: x, y: y, width: width, height: height, paint: .solid(part.color)))
        let label = "\(part.letter) \(ChartText.grouped(count))"
        if TextMetrics.width(label, size: L.smallSize, bold: true) + 6 <= width {
            text(x + width / 2, y + 14, label, size: L.smallSize, bold: true, color: part.color.textOn, anchor: .middle)
        } else if TextMetrics.width(part.letter, size: L.smallSize, bold: true) + 4 <= width {
            text(x + width / 2, y + 14, part.letter, size: L.smallSize, bold: true, color: part.color.textOn, anchor: .middle)
        }
    }

    // MARK: columns

    mutating func layColumns(_ columns: Chart.Columns) {
        let top = 84.0, plotHeight = 240.0
        let x0 = L.margin + 48
        let plotWidth = L.width - x0 - L.margin
        let bottom = top + plotHeight
        let scale = NiceScale(maximumValue: columns.values.compactMap(\.count).max() ?? 0, targetTicks: 5)
        for tick in scale.ticks {
            let y = bottom - Double(tick) / Double(scale.maximum) * plotHeight
            shapes.append(.line(x1: x0, y1: y, x2: x0 + plotWidth, y2: y, color: tick == 0 ? Palette.axis : Palette.grid, width: 1, dashed: false))
            text(x0 - 6, y + 4, ChartText.grouped(tick), size: L.smallSize, color: Palette.secondaryText, anchor: .end)
        }
        let slot = plotWidth / Double(max(1, columns.values.count))
        let barWidth = min(56, slot * 0.7)
        let labelEvery = max(1, Int((TextMetrics.width(columns.labels.max { $0.count < $1.count } ?? "", size: L.smallSize) + 6) / slot) + 1)
        for (index, value) in columns.values.enumerated() {
            let center = x0 + slot * (Double(index) + 0.5)
            if index % labelEvery == 0 {
                text(center, bottom + 16, columns.labels[index], size: L.smallSize, color: Palette.secondaryText, anchor: .middle)
            }
            listing.append("\(columns.labels[index]): \(ChartText.value(value))")
            switch value {
            case .count(let count):
                let barHeight = Double(count) / Double(scale.maximum) * plotHeight
                if barHeight > 0 {
                    shapes.append(.rect(x: center - barWidth / 2, y: bottom - barHeight, width: barWidth, height: barHeight, paint: .solid(columns.color)))
                }
                if TextMetrics.width(ChartText.grouped(count), size: L.smallSize) <= slot {
                    text(center, bottom - barHeight - 4, ChartText.grouped(count), size: L.smallSize, anchor: .middle)
                }
            default:
                hatchedStub(x: center - barWidth / 2, y: bottom, height: barWidth, vertical: true)
                text(center, bottom - 18, "[c]", size: L.smallSize, anchor: .middle)
            }
        }
        text(L.margin, top - 14, chart.valueLabel, size: L.smallSize, color: Palette.secondaryText)
        height = bottom + 30
    }

    // MARK: lines

    mutating func layLines(_ lines: Chart.Lines) {
        let legendBottom = legend(lines.series.map { ($0.name, $0.color, $0.dashed, true) }, y: 72)
        let top = legendBottom + 24, plotHeight = 220.0
        let x0 = L.margin + 52
        // Room on the right for half of the last quarter's label.
        let rightRoom = max(24, (TextMetrics.width(lines.labels.last ?? "", size: L.smallSize) / 2) + 8)
        let plotWidth = L.width - x0 - rightRoom
        let bottom = top + plotHeight
        let maximum = lines.series.flatMap { $0.values.compactMap(\.count) }.max() ?? 0
        let scale = NiceScale(maximumValue: maximum)
        for tick in scale.ticks {
            let y = bottom - Double(tick) / Double(scale.maximum) * plotHeight
            shapes.append(.line(x1: x0, y1: y, x2: x0 + plotWidth, y2: y, color: tick == 0 ? Palette.axis : Palette.grid, width: 1, dashed: false))
            text(x0 - 6, y + 4, ChartText.grouped(tick), size: L.smallSize, color: Palette.secondaryText, anchor: .end)
        }
        let count = lines.labels.count
        func xPosition(_ index: Int) -> Double {
            count <= 1 ? x0 + plotWidth / 2 : x0 + plotWidth * Double(index) / Double(count - 1)
        }
        let labelWidth = (lines.labels.map { TextMetrics.width($0, size: L.smallSize) }.max() ?? 0) + 8
        let spacing = count <= 1 ? plotWidth : plotWidth / Double(count - 1)
        let labelEvery = max(1, Int((labelWidth / spacing).rounded(.up)))
        for (index, label) in lines.labels.enumerated() where (count - 1 - index) % labelEvery == 0 {
            text(xPosition(index), bottom + 16, label, size: L.smallSize, color: Palette.secondaryText, anchor: .middle)
        }
        for (seriesIndex, series) in lines.series.enumerated() {
            var run: [(Double, Double)] = []
            func flush() {
                if run.count > 1 { shapes.append(.polyline(points: run, color: series.color, width: 2.5, dashed: series.dashed)) }
                run = []
            }
            for (index, value) in series.values.enumerated() {
                guard case .count(let number) = value else {
                    flush()
                    anySuppressed = true
                    text(xPosition(index), bottom - 6 - Double(seriesIndex) * 12, "[c]", size: 10, color: series.color, anchor: .middle)
                    continue
                }
                run.append((xPosition(index), bottom - Double(number) / Double(scale.maximum) * plotHeight))
            }
            flush()
            for (index, value) in series.values.enumerated() {
                guard case .count(let number) = value else { continue }
                shapes.append(.marker(x: xPosition(index), y: bottom - Double(number) / Double(scale.maximum) * plotHeight,
                                      radius: 3.5, color: series.color, square: seriesIndex % 2 == 1))
            }
            // The latest value is labelled: it is what a board member asks for.
            if let last = series.values.last, case .count(let number) = last {
                let y = bottom - Double(number) / Double(scale.maximum) * plotHeight
                text(xPosition(count - 1) - 6, y - 8 - Double(seriesIndex) * 0, ChartText.grouped(number), size: L.smallSize, bold: true, color: series.color, anchor: .end)
            }
            listing.append("\(series.name): " + zip(lines.labels, series.values).map { "\($0) \(ChartText.value($1))" }.joined(separator: ", "))
        }
        text(L.margin, top - 14, chart.valueLabel, size: L.smallSize, color: Palette.secondaryText)
        height = bottom + 30
    }
}
