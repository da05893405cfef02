/// Vertical columns in a fixed order (an age profile).
extension SceneBuilder {
    mutating func layColumns(_ columns: Chart.Columns) {
        let top = 84.0 + dy, plotHeight = 240.0
        let x0 = L.margin + 48
        let plotWidth = width - x0 - L.margin
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
                suppressedMark(at: bottom, across: center, thickness: min(barWidth, 16), vertical: true)
                text(center, bottom - 8, "[c]", size: L.smallSize, anchor: .middle)
            }
        }
        text(L.margin, top - 14, chart.valueLabel, size: L.smallSize, color: Palette.secondaryText)
        height = bottom + 30
    }
}
