import CGD
import FamdashCharts

extension Canvas {
    /// A map area: every ring filled at once by the even-odd rule on pixel rows (so holes
    /// stay open and an enclave drawn earlier is not painted over), hatched in the chart's
    /// pattern when suppressed, then outlined.
    func fillArea(_ rings: [[(Double, Double)]], paint: Paint, stroke: FamdashCharts.Color) {
        guard let rows = image.pointee.pixels else { return }
        let edges = rings.flatMap { ring in
            ring.indices.map { index in
                let a = ring[index], b = ring[(index + 1) % ring.count]
                return ((a.0 * scale, a.1 * scale), (b.0 * scale, b.1 * scale))
            }
        }
        let ys = edges.flatMap { [$0.0.1, $0.1.1] }
        guard let minY = ys.min(), let maxY = ys.max() else { return }
        let solid: UInt8, hatchLine: UInt8?
        switch paint {
        case .solid(let fill):
            solid = UInt8(truncatingIfNeeded: color(fill))
            hatchLine = nil
        case .hatched:
            solid = UInt8(truncatingIfNeeded: color(Palette.hatchBackground))
            hatchLine = UInt8(truncatingIfNeeded: color(Palette.hatchLine))
        }
        let spacing = Int(6 * scale), lineWidth = Int(max(1, (1.5 * scale).rounded()))
        let top = max(0, Int(minY.rounded(.down))), bottom = min(Int(height) - 1, Int(maxY.rounded(.up)))
        guard top <= bottom else { return }
        for y in top...bottom {
            guard let row = rows[y] else { continue }
            // Sample each row at the pixel centre.
            let centre = Double(y) + 0.5
            var crossings: [Double] = []
            for (a, b) in edges where (a.1 <= centre) != (b.1 <= centre) {
                crossings.append(a.0 + (centre - a.1) / (b.1 - a.1) * (b.0 - a.0))
            }
            crossings.sort()
            var index = 0
            while index + 1 < crossings.count {
                let left = max(0, Int((crossings[index] - 0.5).rounded(.up))), right = min(Int(width) - 1, Int((crossings[index + 1] - 0.5).rounded(.down)))
                if left <= right {
                    if let hatchLine {
                        for x in left...right { row[x] = (x + y) % spacing < lineWidth ? hatchLine : solid }
                    } else {
                        (row + left).update(repeating: solid, count: right - left + 1)
                    }
                }
                index += 2
            }
        }
        let outline = color(stroke)
        for ((x1, y1), (x2, y2)) in edges {
            gdImageLine(image, Int32(x1.rounded()), Int32(y1.rounded()), Int32(x2.rounded()), Int32(y2.rounded()), outline)
        }
    }
}
