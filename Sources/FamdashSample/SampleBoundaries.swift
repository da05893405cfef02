/// Synthetic ward boundaries for a sample programme (no real geography): the wards tile a
/// grid near Derby, cell corners and edge midpoints nudged by a seeded jitter shared by both
/// neighbours, so the map looks like wards and the shapes meet without gaps. GeoJSON
/// (RFC 7946: longitude, latitude), one Polygon feature per ward named by its `ward` property.
enum SampleBoundaries {
    static func geojson(wardNames: [String], seed: UInt64) -> [UInt8] {
        let count = max(1, wardNames.count)
        var columns = 1
        while columns * columns * 3 < count * 4 { columns += 1 }  // about 4 columns to 3 rows
        let (lon0, lat0, dx, dy) = (-1.62, 52.96, 0.03, 0.02)
        // A point of the lattice, in units of half a cell, jittered by up to a fifth of a cell.
        func point(_ i: Int, _ j: Int) -> (Double, Double) {
            var random = SampleRandom(seed: seed ^ 0x6765_6F6A_736F_6E00, i, j)
            let jx = Double(random.below(81) - 40) / 200, jy = Double(random.below(81) - 40) / 200
            let edge = i == 0 || j == 0
            return (lon0 + (Double(i) / 2 + (edge ? 0 : jx)) * dx, lat0 - (Double(j) / 2 + (edge ? 0 : jy)) * dy)
        }
        func text(_ value: Double) -> String {
            let scaled = Int((value * 100_000).rounded())
            let sign = scaled < 0 ? "-" : ""
            let magnitude = abs(scaled)
            let fraction = String(magnitude % 100_000)
            return "\(sign)\(magnitude / 100_000).\(String(repeating: "0", count: 5 - fraction.count))\(fraction)"
        }
        var out = ByteBuffer()
        out.append("{\"type\":\"FeatureCollection\",\"features\":[\n")
        for (index, name) in wardNames.enumerated() {
            let column = index % columns, row = index / columns
            let (i, j) = (2 * column, 2 * row)
            // Corners and edge midpoints, anticlockwise from the top left (RFC 7946's outer ring).
            let ring = [(i, j), (i, j + 1), (i, j + 2), (i + 1, j + 2), (i + 2, j + 2), (i + 2, j + 1), (i + 2, j), (i + 1, j), (i, j)]
            out.append(index == 0 ? "" : ",\n")
            out.append("{\"type\":\"Feature\",\"properties\":{\"ward\":")
            out.append(jsonString(name))
            out.append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[")
            out.append(ring.map { let p = point($0.0, $0.1); return "[\(text(p.0)),\(text(p.1))]" }.joined(separator: ","))
            out.append("]]}}")
        }
        out.append("\n]}\n")
        return out.bytes
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
