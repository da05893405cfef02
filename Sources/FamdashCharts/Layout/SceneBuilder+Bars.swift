/// Ranked horizontal bars of one series (and, on phones, columns turned on their side).
extension SceneBuilder {
    mutating func layBars(_ bars: Chart.Bars) {
        let barHeight = 16.0
        let labels = bars.rows.map { row in
            guard let detail = row.detail, detail != row.label else { return row.label }
            return "\(row.label) (\(detail))"
        }
        let widest = labels.map { TextMetrics.width($0, size: L.labelSize) }.max() ?? 0
        // On a phone, names too long for the label column go on their own line above the bar.
        let above = narrow && widest + 8 > 120
        let rowHeight = above ? 38.0 : 24.0
        let labelWidth = above ? 0 : min(narrow ? 120 : 270, max(36, widest + 8))
        let x0 = above ? L.margin + 4 : L.margin + labelWidth + 8
        let plotWidth = width - x0 - (narrow ? 44 : 70)
        let maximum = bars.rows.compactMap(\.value.count).max() ?? 0
        let scale = NiceScale(maximumValue: maximum, targetTicks: narrow ? 3 : 5)
        let top = 66.0 + dy
        let bottom = top + Double(bars.rows.count) * rowHeight + 4
        horizontalAxis(scale: scale, x0: x0, plotWidth: plotWidth, top: top, bottom: bottom, percent: false)
        for (index, row) in bars.rows.enumerated() {
            let rowTop = top + Double(index) * rowHeight + 4
            let y = above ? rowTop + 16 : rowTop
            if above {
                text(L.margin, rowTop + 11, TextMetrics.truncated(labels[index], size: L.labelSize, width: width - 2 * L.margin))
            } else {
                text(L.margin + labelWidth, y + 12, TextMetrics.truncated(labels[index], size: L.labelSize, width: labelWidth), anchor: .end)
            }
            listing.append("\(labels[index]): \(ChartText.value(row.value))")
            switch row.value {
            case .count(let count):
                let length = scale.maximum > 0 ? Double(count) / Double(scale.maximum) * plotWidth : 0
                if length > 0 { shapes.append(.rect(x: x0, y: y, width: length, height: barHeight, paint: .solid(bars.color))) }
                text(x0 + length + 4, y + 12, ChartText.grouped(count))
            default:
                suppressedMark(at: x0, across: y + barHeight / 2, thickness: barHeight)
                text(x0 + 8, y + 12, "[c]")
            }
        }
        height = bottom + 44
    }
}
