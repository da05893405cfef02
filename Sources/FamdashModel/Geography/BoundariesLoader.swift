import Foundation

/// Reads `boundaries.geojson` (RFC 7946) against areas.csv: one Polygon or MultiPolygon
/// feature per ward, matched by its `code` property (the ward's code in areas.csv) or else its
/// `ward` property (the name, case and surrounding spaces ignored). ONS Open Geography files
/// name these `WDnnCD` and `WDnnNM`; those are read too. Every problem is reported at the
/// feature's position, naming it by index and name.
public enum BoundariesLoader {
    public static func load(_ bytes: [UInt8], file: String, areas: Areas) -> (boundaries: WardBoundaries?, diagnostics: [Diagnostic]) {
        var problems: [Diagnostic] = []
        let document: GeoJSONDocument
        do {
            document = try JSONDecoder().decode(GeoJSONDocument.self, from: Data(bytes))
        } catch {
            return (nil, [.error(file, 1, 1, "is not valid GeoJSON (\(reason(error))); export the ward boundaries as a GeoJSON FeatureCollection")])
        }
        guard document.type == "FeatureCollection", let features = document.features else {
            return (nil, [.error(file, 1, 1, "is not a GeoJSON FeatureCollection (\"type\": \"FeatureCollection\" with \"features\")")])
        }
        let starts = GeoJSONFeatureOffsets.starts(bytes)
        var shapes: [[WardBoundaries.Polygon]?] = Array(repeating: nil, count: areas.wards.count)
        var featureOfWard: [Int: Int] = [:]
        let codes = Dictionary(areas.wards.enumerated().compactMap { index, ward in ward.code.map { (Areas.key($0), index) } },
                               uniquingKeysWith: { first, _ in first })
        for (index, feature) in features.enumerated() {
            let position = index < starts.count ? starts[index] : (line: 1, column: 1)
            let properties = feature.properties ?? [:]
            let code = property(properties, "code", onsSuffix: "CD")
            let name = property(properties, "ward", onsSuffix: "NM") ?? property(properties, "name", onsSuffix: nil)
            let label = "feature \(index + 1) (\(name.map { "\"\(ShownText.quoted($0))\"" } ?? code.map { "code \(ShownText.quoted($0))" } ?? "no name"))"
            func fail(_ message: String) { problems.append(.error(file, position.line, position.column, "\(label): \(message)")) }

            let byCode = code.flatMap { codes[Areas.key($0)] }
            let byName = name.flatMap { areas.wardIndex(named: $0) }
            let ward: Int
            switch (byCode, byName) {
            case let (code?, name?) where code != name:
                fail("its code matches ward '\(areas.wards[code].name)' but its name matches ward '\(areas.wards[name].name)'; a feature is one ward")
                continue
            case let (code?, _): ward = code
            case let (nil, name?): ward = name
            case (nil, nil):
                let hint = name.flatMap { NearestName.suggestion(for: $0, among: areas.wards.map(\.name)) }.map { "; did you mean '\($0)'?" } ?? ""
                fail("matches no ward in areas.csv (by its \"code\" or \"ward\" property)\(hint)")
                continue
            }
            if let earlier = featureOfWard[ward] {
                fail("is a second shape for ward '\(areas.wards[ward].name)' (feature \(earlier + 1) is the first); give each ward one feature, a MultiPolygon for several parts")
                continue
            }
            featureOfWard[ward] = index
            switch polygons(feature.geometry) {
            case .success(let polygons): shapes[ward] = polygons
            case .failure(let problem): fail(problem.message)
            }
        }
        for (index, ward) in areas.wards.enumerated() where featureOfWard[index] == nil {
            problems.append(.error(file, nil, nil, "ward '\(ward.name)' of areas.csv has no feature; add its boundary (a feature whose \"ward\" or \"code\" property names it)"))
        }
        guard problems.isEmpty else { return (nil, problems) }
        return (WardBoundaries(shapes: shapes.map { $0 ?? [] }), [])
    }

    struct Problem: Error { var message: String }

    static func property(_ properties: [String: GeoJSONDocument.PropertyValue], _ key: String, onsSuffix: String?) -> String? {
        if let value = properties[key]?.text.map({ String($0.trimmingSpaces()) }), !value.isEmpty { return value }
        guard let onsSuffix else { return nil }
        // ONS names ward fields by year: WD23CD, WD23NM.
        for (name, value) in properties.sorted(by: { $0.key < $1.key })
        where name.count == 6 && name.hasPrefix("WD") && name.hasSuffix(onsSuffix) && name.dropFirst(2).prefix(2).allSatisfy(\.isNumber) {
            if let text = value.text.map({ String($0.trimmingSpaces()) }), !text.isEmpty { return text }
        }
        return nil
    }

    static func polygons(_ geometry: GeoJSONDocument.Geometry?) -> Result<[WardBoundaries.Polygon], Problem> {
        guard let geometry, let type = geometry.type else { return .failure(Problem(message: "has no geometry; each ward needs a Polygon or MultiPolygon")) }
        guard let coordinates = geometry.coordinates?.list else { return .failure(Problem(message: "its \(type) has no coordinates")) }
        let parts: [GeoJSONDocument.Nested]
        switch type {
        case "Polygon": parts = [.list(coordinates)]
        case "MultiPolygon": parts = coordinates
        default: return .failure(Problem(message: "its geometry is a \(type); each ward needs a Polygon or MultiPolygon"))
        }
        var polygons: [WardBoundaries.Polygon] = []
        for (polygonIndex, part) in parts.enumerated() {
            guard let rings = part.list, !rings.isEmpty else {
                return .failure(Problem(message: "polygon \(polygonIndex + 1) has no rings"))
            }
            var polygon: WardBoundaries.Polygon = []
            for (ringIndex, ring) in rings.enumerated() {
                let where_ = type == "MultiPolygon" ? "ring \(ringIndex + 1) of polygon \(polygonIndex + 1)" : "ring \(ringIndex + 1)"
                guard let positions = ring.list else { return .failure(Problem(message: "\(where_) is not a list of positions")) }
                var points: WardBoundaries.Ring = []
                for position in positions {
                    guard let pair = position.list, pair.count >= 2, case .number(let longitude) = pair[0], case .number(let latitude) = pair[1] else {
                        return .failure(Problem(message: "\(where_) has a position that is not [longitude, latitude]"))
                    }
                    guard (-180...180).contains(longitude), (-90...90).contains(latitude) else {
                        return .failure(Problem(message: "\(where_) has [\(longitude), \(latitude)], outside longitude -180..180 and latitude -90..90 (GeoJSON is WGS 84 longitude, latitude; reproject from British National Grid)"))
                    }
                    points.append(.init(longitude: longitude, latitude: latitude))
                }
                guard points.count >= 4 else { return .failure(Problem(message: "\(where_) has \(points.count) positions; a closed ring needs at least 4")) }
                guard points.first == points.last else {
                    return .failure(Problem(message: "\(where_) is not closed: its last position must repeat its first"))
                }
                polygon.append(points)
            }
            polygons.append(polygon)
        }
        return polygons.isEmpty ? .failure(Problem(message: "its MultiPolygon has no polygons")) : .success(polygons)
    }

    static func reason(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return context.underlyingError.map { String(describing: $0) } ?? context.debugDescription
        }
        if case DecodingError.typeMismatch(_, let context) = error {
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        }
        return "the JSON could not be read"
    }
}
