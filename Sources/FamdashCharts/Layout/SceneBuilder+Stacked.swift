/// Horizontal bars split into parts, in the parts' own order (R, A, G, N stays R, A, G, N).
extension SceneBuilder {
    mutating func layStacked(_ stacked: Chart.Stacked) {
        let barHeight = 20.0
        var y = legend(stacked.parts.map { ("\($0.name) (\($0.letter))", $0.color, false, false) }, y: 72 + dy)
        let widest = stacked.rows.map { TextMetrics.width($0.label, size: L.labelSize) }.max() ?? 0
        // On a phone, names too long for the label column go on their own line above the bar.
        let above = narrow && widest + 8 > 96
        let rowHeight = above ? 42.0 : 28.0
        let labelWidth = above ? 0 : min(narrow ? 96 : 250, max(36, widest + 8))
        let x0 = above ? L.margin + 4 : L.margin + labelWidth + 8
        let plotWidth = width - x0 - (narrow ? 56 : 80)
        // A row without a published total is measured by its published parts alone.
        let maximum = stacked.percent ? 100 : (stacked.rows.map { $0.total.count ?? $0.values.compactMap(\.count).reduce(0, +) }.max() ?? 0)
        let scale = NiceScale(maximumValue: maximum, targetTicks: narrow ? 3 : 5)
        let top = y + 8
        let bottom = top + Double(stacked.rows.count) * rowHeight + 4
        horizontalAxis(scale: scale, x0: x0, plotWidth: plotWidth, top: top, bottom: bottom, percent: stacked.percent)
        for (index, row) in stacked.rows.enumerated() {
            let rowTop = top + Double(index) * rowHeight + 4
            y = above ? rowTop + 16 : rowTop
            if above {
                text(L.margin, rowTop + 11, TextMetrics.truncated(row.label, size: L.labelSize, width: width - 2 * L.margin))
            } else {
                text(L.margin + labelWidth, y + 15, TextMetrics.truncated(row.label, size: L.labelSize, width: labelWidth), anchor: .end)
            }
            let parts = zip(stacked.parts, row.values).map { "\($0.name.lowercased()) \(ChartText.value($1))" }
            listing.append("\(row.label): " + parts.joined(separator: ", ") + " of \(ChartText.value(row.total))")
            guard case .count(let total) = row.total else {
                layWithoutTotal(stacked, row, x0: x0, y: y, barHeight: barHeight, unit: stacked.percent ? nil : plotWidth / Double(scale.maximum))
                continue
            }
            if total == 0 {
                text(x0 + 4, y + 15, "none", color: Palette.secondaryText)
                continue
            }
            let full = stacked.percent ? plotWidth : Double(total) / Double(scale.maximum) * plotWidth
            // Withheld parts next to each other (published zeros between them take no room)
            // form one hatched block in their place. What they add up to is the total less the
            // published parts, which any reader can work out; with several blocks it is shared
            // evenly, and the key says that only the blocks together mean anything.
            var published = 0, blocks = 0, inBlock = false
            for value in row.values {
                if case .count(let count) = value {
                    published += count
                    if count > 0 { inBlock = false }
                } else if !inBlock {
                    blocks += 1
                    inBlock = true
                }
            }
            let rest = max(0, total - published)
            let blockWidth = blocks > 0 ? max(4, Double(rest) / Double(total) * full / Double(blocks)) : 0
            var x = x0
            inBlock = false
            for (part, value) in zip(stacked.parts, row.values) {
                if case .count(let count) = value {
                    guard count > 0 else { continue }
                    let segment = Double(count) / Double(total) * full
                    segmentShapes(part, count: count, x: x, y: y, width: segment, height: barHeight)
                    x += segment
                    inBlock = false
                } else if !inBlock {
                    inBlock = true
                    anySuppressed = true
                    anyRemainder = true
                    shapes.append(.rect(x: x, y: y, width: blockWidth, height: barHeight, paint: .hatched))
                    if TextMetrics.width("[c]", size: L.smallSize) + 4 <= blockWidth {
                        text(x + blockWidth / 2, y + 14, "[c]", size: L.smallSize, anchor: .middle)
                    }
                    x += blockWidth
                }
            }
            text(x + 6, y + 15, stacked.percent ? "n = \(ChartText.grouped(total))" : ChartText.grouped(total),
                 size: L.smallSize, color: Palette.secondaryText)
        }
        height = bottom + 44
    }

    /// No published total: published parts at their own length on the scale, in their places,
    /// a small fixed mark where a part is withheld, and no sum posing as a total.
    private mutating func layWithoutTotal(_ stacked: Chart.Stacked, _ row: Chart.Stacked.Row, x0: Double, y: Double, barHeight: Double, unit: Double?) {
        var x = x0
        for (part, value) in zip(stacked.parts, row.values) {
            switch value {
            case .count(let count):
                guard let unit, count > 0 else { continue }
                segmentShapes(part, count: count, x: x, y: y, width: Double(count) * unit, height: barHeight)
                x += Double(count) * unit
            default:
                anySuppressed = true
                shapes.append(.rect(x: x, y: y + 3, width: 6, height: barHeight - 6, paint: .hatched))
                x += 6
            }
        }
        if x == x0 { suppressedMark(at: x0, across: y + barHeight / 2, thickness: barHeight) }
        text(max(x, x0 + 4) + 4, y + 15, "[c]")
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
}
