import FamdashDisclosure

/// A word-sized trend for a headline figure: one line over the quarters so far, the latest
/// point marked. Decoration beside the figure and its change in words (hidden from screen
/// readers; the trends page has the table). A withheld quarter breaks the line.
enum Sparkline {
    static let width = 120, height = 28

    static func svg(_ values: [PublishedValue]) -> String {
        guard values.count > 1 else { return "" }
        let top = max(1, values.compactMap(\.count).max() ?? 0)
        func point(_ index: Int, _ count: Int) -> String {
            // Whole pixels from integers: the same figures always draw the same line.
            "\(2 + index * (width - 4) / (values.count - 1)),\(height - 3 - count * (height - 6) / top)"
        }
        var runs: [[String]] = [[]]
        for (index, value) in values.enumerated() {
            if case .count(let count) = value { runs[runs.count - 1].append(point(index, count)) } else { runs.append([]) }
        }
        var svg = "<svg class=\"spark\" aria-hidden=\"true\" focusable=\"false\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        for run in runs where run.count > 1 {
            svg += "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"#1d4f76\" stroke-width=\"2\"/>"
        }
        if case .count(let last) = values[values.count - 1] {
            let xy = point(values.count - 1, last).split(separator: ",")
            svg += "<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"3\" fill=\"#1d4f76\"/>"
        }
        return svg + "</svg>"
    }
}
