import FamdashDisclosure
import FamdashFigures

extension SceneBuilder {
    /// One row per area: its share as a bar coloured by the comparison, its 95% interval as a
    /// whisker, the benchmark as a dashed line across the plot, and at the right the value
    /// and the comparison in words (so colour is never the only carrier of meaning).
    mutating func layCompare(_ compare: Chart.Compare) {
        let rowHeight = 22.0, barHeight = 14.0
        let widest = compare.rows.map { TextMetrics.width($0.label, size: L.labelSize) }.max() ?? 0
        // On a phone, shorter names (truncated) and a narrower column for the value in words.
        let labelWidth = min(narrow ? 100 : 240, max(60, widest + 8))
        let x0 = L.margin + labelWidth + 8
        let plotWidth = width - x0 - (narrow ? 90 : 120)
        var top = 66.0
        let comparisons: [(String, Color)] = [("better", Palette.better), ("similar", Palette.similar), ("worse", Palette.worse)]
        var legendItems = comparisons.map { (name: "\($0.0) than \(compare.benchmarkName)", color: $0.1, dashed: false, line: false) }
        legendItems[1].name = "similar to \(compare.benchmarkName)"
        var benchmarkTenths: Int?
        if case .percent(let tenths) = compare.benchmark {
            benchmarkTenths = tenths
            legendItems.append((name: "\(compare.benchmarkName) \(ChartText.value(.percent(tenths)))", color: Palette.text, dashed: true, line: true))
        }
        top = legend(legendItems, y: top + 8) + 6
        let bottom = top + Double(compare.rows.count) * rowHeight + 4
        horizontalAxis(scale: NiceScale(maximumValue: 100), x0: x0, plotWidth: plotWidth, top: top, bottom: bottom, percent: true)
        func x(_ fraction: Double) -> Double { x0 + min(1, max(0, fraction)) * plotWidth }
        for (index, row) in compare.rows.enumerated() {
            let y = top + Double(index) * rowHeight + 4
            text(L.margin + labelWidth, y + 11, TextMetrics.truncated(row.label, size: L.labelSize, width: labelWidth), anchor: .end)
            guard case .percent(let tenths) = row.value else {
                suppressedMark(at: x0, across: y + barHeight / 2, thickness: barHeight)
                text(x0 + 10, y + 11, "[c]")
                listing.append("\(row.label): [c]")
                continue
            }
            let color = comparisons.first { $0.0 == row.comparison }?.1 ?? Palette.notAssessed
            let length = Double(tenths) / 1000 * plotWidth
            if length > 0 { shapes.append(.rect(x: x0, y: y, width: length, height: barHeight, paint: .solid(color))) }
            if let interval = row.interval {
                let middle = y + barHeight / 2
                shapes.append(.line(x1: x(interval.low), y1: middle, x2: x(interval.high), y2: middle, color: Palette.text, width: 1.5, dashed: false))
                for end in [interval.low, interval.high] {
                    shapes.append(.line(x1: x(end), y1: middle - 5, x2: x(end), y2: middle + 5, color: Palette.text, width: 1.5, dashed: false))
                }
            }
            let words = row.comparison == PublishedNames.notCompared ? "not compared" : row.comparison
            text(x0 + plotWidth + 8, y + 11, "\(ChartText.value(row.value)) \(words)")
            listing.append("\(row.label): \(ChartText.value(row.value)), \(words)")
        }
        if let benchmarkTenths {
            let at = x(Double(benchmarkTenths) / 1000)
            shapes.append(.line(x1: at, y1: top - 4, x2: at, y2: bottom, color: Palette.text, width: 2, dashed: true))
        }
        height = bottom + 44
    }
}
