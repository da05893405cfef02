import Foundation

/// The parts of a GeoJSON FeatureCollection famdash reads, decoded with Foundation's
/// JSONDecoder. Anything else in the file (bbox, crs, foreign members) is ignored.
struct GeoJSONDocument: Decodable {
    var type: String?
    var features: [Feature]?

    struct Feature: Decodable {
        var type: String?
        var properties: [String: PropertyValue]?
        var geometry: Geometry?
    }

    struct Geometry: Decodable {
        var type: String?
        var coordinates: Nested?
    }

    /// A property as text: strings as they are, numbers as written (codes may be numbers).
    enum PropertyValue: Decodable {
        case text(String)
        case other

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else if let number = try? container.decode(Int.self) {
                self = .text(String(number))
            } else {
                self = .other
            }
        }

        var text: String? { if case .text(let text) = self { text } else { nil } }
    }

    /// GeoJSON coordinates: numbers in arrays nested as deep as the geometry needs.
    indirect enum Nested: Decodable {
        case number(Double)
        case list([Nested])
        case other

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else if let list = try? container.decode([Nested].self) {
                self = .list(list)
            } else {
                self = .other
            }
        }

        var list: [Nested]? { if case .list(let list) = self { list } else { nil } }
    }
}

/// Where each feature of a FeatureCollection starts (1-based line and column), found by a scan
/// that tracks strings and nesting, so errors can point at the feature in the file.
enum GeoJSONFeatureOffsets {
    static func starts(_ bytes: [UInt8]) -> [(line: Int, column: Int)] {
        var starts: [(Int, Int)] = []
        var line = 1, column = 0
        var depth = 0, inString = false, escaped = false
        var lastKey: [UInt8] = [], currentString: [UInt8] = []
        var keyAtDepthOne: [UInt8] = [], featuresDepth: Int?
        for byte in bytes {
            column += 1
            if byte == UInt8(ascii: "\n") { line += 1; column = 0; continue }
            if inString {
                if escaped { escaped = false; currentString.append(byte) }
                else if byte == UInt8(ascii: "\\") { escaped = true }
                else if byte == UInt8(ascii: "\"") { inString = false; lastKey = currentString }
                else { currentString.append(byte) }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true; currentString = []
            case UInt8(ascii: ":"): if depth == 1 { keyAtDepthOne = lastKey }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if byte == UInt8(ascii: "{"), let featuresDepth, depth == featuresDepth { starts.append((line, column)) }
                depth += 1
                if byte == UInt8(ascii: "["), depth == 2, keyAtDepthOne == Array("features".utf8) { featuresDepth = 2 }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth < 2 { featuresDepth = nil }
            default: break
            }
        }
        return starts
    }
}
