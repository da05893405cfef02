#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FamdashModel

/// Ward boundaries ready to draw: projected to pixels (a scaled equirectangular projection,
/// true to shape at ward scale), fitted to the map frame and simplified for the page
/// (Douglas-Peucker at a third of a pixel, coordinates to a tenth), so a council's megabytes
/// of boundaries become a map of a few hundred kilobytes. Computed once per build.
public struct WardMapGeometry: Sendable {
    public typealias Ring = [(Double, Double)]

    public let width: Double
    public let height: Double
    /// By ward index: every ring of every polygon of the ward (holes included: they are drawn
    /// with the even-odd rule), never empty.
    public let wards: [[Ring]]

    public static let tolerance = 0.35

    public init(_ boundaries: WardBoundaries, width: Double = 768, maxHeight: Double = 860) {
        var minLon = Double.infinity, maxLon = -Double.infinity, minLat = Double.infinity, maxLat = -Double.infinity
        for ward in boundaries.shapes { for polygon in ward { for ring in polygon { for point in ring {
            minLon = min(minLon, point.longitude); maxLon = max(maxLon, point.longitude)
            minLat = min(minLat, point.latitude); maxLat = max(maxLat, point.latitude)
        } } } }
        if !minLon.isFinite { (minLon, maxLon, minLat, maxLat) = (0, 1, 0, 1) }
        let cosine = max(0.01, cos((minLat + maxLat) / 2 * .pi / 180))
        let spanX = max((maxLon - minLon) * cosine, 1e-9), spanY = max(maxLat - minLat, 1e-9)
        let scale = min(width / spanX, maxHeight / spanY)
        self.width = (spanX * scale).rounded(.up)
        self.height = (spanY * scale).rounded(.up)
        let frame = (width: self.width, height: self.height)
        let projected = boundaries.shapes.map { polygons in
            polygons.flatMap { $0 }.map { ring in
                ring.map { point -> (Double, Double) in
                    (min(frame.width, max(0, (point.longitude - minLon) * cosine * scale)), min(frame.height, max(0, (maxLat - point.latitude) * scale)))
                }
            }
        }
        // Coarser until the map fits the page budget (about 20 points a ward at 2,000 wards,
        // well under 1 MB of SVG): fine detail of many small wards is invisible anyway.
        var tolerance = Self.tolerance
        var wards = projected.map { Self.simplified($0, tolerance: tolerance) }
        while wards.reduce(0, { $0 + $1.reduce(0) { $0 + $1.count } }) > Self.pointBudget, tolerance < 8 {
            tolerance *= 2
            wards = projected.map { Self.simplified($0, tolerance: tolerance) }
        }
        self.wards = wards
    }

    /// Points drawn at most, across every ward, before the tolerance is doubled.
    public static let pointBudget = 40_000

    /// Each ring simplified; rings that vanish dropped, but a ward always keeps a shape.
    static func simplified(_ rings: [Ring], tolerance: Double = tolerance) -> [Ring] {
        var kept: [Ring] = []
        for ring in rings {
            let simple = MapSimplify.ring(ring, tolerance: tolerance)
            if simple.count >= 3, abs(MapSimplify.area(simple)) >= 0.25 { kept.append(simple) }
        }
        if kept.isEmpty {
            // Too small to see at this scale: a small diamond at its centre keeps it findable.
            let points = rings.flatMap { $0 }
            let x = points.map(\.0).reduce(0, +) / Double(max(1, points.count))
            let y = points.map(\.1).reduce(0, +) / Double(max(1, points.count))
            kept = [[(x, y - 1.5), (x + 1.5, y), (x, y + 1.5), (x - 1.5, y)]]
        }
        return kept
    }

    /// Where to write a label: the centre of the ward's largest ring's bounding box.
    public func labelPoint(ofWard ward: Int) -> (Double, Double) {
        guard let ring = wards[ward].max(by: { abs(MapSimplify.area($0)) < abs(MapSimplify.area($1)) }) else { return (0, 0) }
        let xs = ring.map(\.0), ys = ring.map(\.1)
        return (((xs.min() ?? 0) + (xs.max() ?? 0)) / 2, ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2)
    }
}

/// Douglas-Peucker simplification of closed rings, and ring areas.
enum MapSimplify {
    /// The ring without its closing point, simplified, rounded to a tenth of a pixel.
    static func ring(_ ring: [(Double, Double)], tolerance: Double) -> [(Double, Double)] {
        var points = ring
        if points.count > 1, let first = points.first, let last = points.last, first == last { points.removeLast() }
        guard points.count > 3 else { return dedupe(points.map(round)) }
        // Split at the point farthest from the first, then simplify both halves as lines.
        let first = points[0]
        let far = points.indices.max { distanceSquared(points[$0], first) < distanceSquared(points[$1], first) } ?? 0
        let a = line(Array(points[0...far]), tolerance), b = line(Array(points[far...]) + [first], tolerance)
        return dedupe((a.dropLast() + b.dropLast()).map(round))
    }

    static func line(_ points: [(Double, Double)], _ tolerance: Double) -> [(Double, Double)] {
        guard points.count > 2 else { return points }
        var keep = Array(repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (start, end) = stack.popLast() {
            guard end > start + 1 else { continue }
            var farthest = start, distance = -1.0
            for index in (start + 1)..<end {
                let d = segmentDistance(points[index], points[start], points[end])
                if d > distance { distance = d; farthest = index }
            }
            if distance > tolerance {
                keep[farthest] = true
                stack.append((start, farthest))
                stack.append((farthest, end))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    static func segmentDistance(_ p: (Double, Double), _ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let dx = b.0 - a.0, dy = b.1 - a.1
        let length = dx * dx + dy * dy
        guard length > 0 else { return distanceSquared(p, a).squareRoot() }
        let t = max(0, min(1, ((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length))
        return distanceSquared(p, (a.0 + t * dx, a.1 + t * dy)).squareRoot()
    }

    static func distanceSquared(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        (a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)
    }

    static func round(_ point: (Double, Double)) -> (Double, Double) {
        ((point.0 * 10).rounded() / 10, (point.1 * 10).rounded() / 10)
    }

    static func dedupe(_ points: [(Double, Double)]) -> [(Double, Double)] {
        var out: [(Double, Double)] = []
        for point in points where out.last.map({ $0 != point }) ?? true { out.append(point) }
        if out.count > 1, let first = out.first, let last = out.last, first == last { out.removeLast() }
        return out
    }

    /// Shoelace area (signed).
    static func area(_ ring: [(Double, Double)]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        for index in ring.indices {
            let a = ring[index], b = ring[(index + 1) % ring.count]
            sum += a.0 * b.1 - b.0 * a.1
        }
        return sum / 2
    }
}
