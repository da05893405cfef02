/// Series over quarters; a withheld point breaks the line and is marked [c] on the axis.
extension SceneBuilder {
    mutating func layLines(_ lines: Chart.Lines) {
        let legendBottom = legend(lines.series.map { ($0.name, $0.color, $0.dashed, true) }, y: 72 + dy)
        let top = legendBottom + 24, plotHeight = narrow ? 180.0 : 220.0
        let x0 = L.margin + 52
        // Room on the right for half of the last quarter's label.
        let rightRoom = max(24, (TextMetrics.width(lines.labels.last ?? "", size: L.smallSize) / 2) + 8)
        let plotWidth = width - x0 - rightRoom
        let bottom = top + plotHeight
        let maximum = (lines.series.flatMap { $0.values.compactMap(\.count) } + lines.references.map(\.value)).max() ?? 0
        let scale = NiceScale(maximumValue: maximum)
        for tick in scale.ticks {
            let y = bottom - Double(tick) / Double(scale.maximum) * plotHeight
            shapes.append(.line(x1: x0, y1: y, x2: x0 + plotWidth, y2: y, color: tick == 0 ? Palette.axis : Palette.grid, width: 1, dashed: false))
            text(x0 - 6, y + 4, ChartText.grouped(tick), size: L.smallSize, color: Palette.secondaryText, anchor: .end)
        }
        for reference in lines.references {
            let y = bottom - Double(reference.value) / Double(scale.maximum) * plotHeight
            shapes.append(.line(x1: x0, y1: y, x2: x0 + plotWidth, y2: y, color: Palette.text, width: 1.5, dashed: true))
            text(x0 + 4, y - 4, TextMetrics.truncated(reference.label, size: L.smallSize, width: plotWidth - 8), size: L.smallSize, color: Palette.text)
            listing.append(reference.label)
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
                    text(xPosition(index), bottom - 6 - Double(seriesIndex) * 13, "[c]", size: L.smallSize, color: series.color, anchor: .middle)
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
                text(xPosition(count - 1) - 6, y - 8, ChartText.grouped(number), size: L.smallSize, bold: true, color: series.color, anchor: .end)
            }
            listing.append("\(series.name): " + zip(lines.labels, series.values).map { "\($0) \(ChartText.value($1))" }.joined(separator: ", "))
        }
        text(L.margin, top - 14, chart.valueLabel, size: L.smallSize, color: Palette.secondaryText)
        height = bottom + 30
    }
}
