import FamdashDisclosure

/// At most five classes of published counts, by quantiles of the published values only (a
/// suppressed value never moves a break), each an inclusive range of whole numbers.
public enum MapClasses {
    public static let maximum = 5
    /// Light to dark blue (ColorBrewer Blues); fewer classes take an even spread of them.
    static let colors = [Color(0xDEEBF7), Color(0x9ECAE1), Color(0x6BAED6), Color(0x2171B5), Color(0x08306B)]

    public static func ranges(_ values: [Int]) -> [ClosedRange<Int>] {
        let sorted = values.sorted()
        guard let first = sorted.first else { return [] }
        let count = min(maximum, Set(sorted).count)
        var uppers: [Int] = []
        for index in 1...count {
            let upper = sorted[max(0, index * sorted.count / count - 1)]
            if uppers.last.map({ upper > $0 }) ?? true { uppers.append(upper) }
        }
        var low = first
        return uppers.map { upper in
            defer { low = upper + 1 }
            return low...upper
        }
    }

    static func color(_ index: Int, of count: Int) -> Color {
        guard count > 1 else { return colors[2] }
        return colors[index * (colors.count - 1) / (count - 1)]
    }
}

extension SceneBuilder {
    mutating func layMap(_ map: Chart.Map) {
        let ranges = MapClasses.ranges(map.areas.compactMap(\.value.count))
        var items = ranges.enumerated().map { index, range in
            (name: range.lowerBound == range.upperBound ? ChartText.grouped(range.lowerBound)
                : "\(ChartText.grouped(range.lowerBound)) to \(ChartText.grouped(range.upperBound))",
             color: MapClasses.color(index, of: ranges.count), dashed: false, line: false)
        }
        if items.isEmpty { items = [(name: "no published figure", color: Palette.notAssessed, dashed: false, line: false)] }
        let top = legend(items, y: 74) + 10
        let x0 = L.margin
        for area in map.areas {
            let rings = area.rings.map { $0.map { (x0 + $0.0, top + $0.1) } }
            let title: String
            let paint: Paint
            if case .count(let count) = area.value {
                let index = ranges.firstIndex { $0.contains(count) } ?? 0
                paint = .solid(MapClasses.color(index, of: ranges.count))
                title = "\(area.label): \(ChartText.grouped(count)) \(map.noun)"
            } else {
                paint = .hatched
                anySuppressed = true
                title = "\(area.label): [c] \(map.noun) (suppressed)"
            }
            shapes.append(.area(rings: rings, paint: paint, stroke: Palette.axis, link: area.link, title: title))
        }
        // Labels after every shape, so no neighbour covers one.
        for area in map.areas where area.value.isSuppressed {
            text(x0 + area.labelPoint.0, top + area.labelPoint.1 + 3, "[c]", size: 9, bold: true, anchor: .middle)
        }
        height = top + map.height + 12
    }
}
