import Testing
@testable import FamdashModel

@Suite("boundaries.geojson")
struct BoundariesLoaderTests {
    static var areas: Areas {
        var areas = Areas()
        areas.add(ward: "Abbey", locality: "North", code: "E05000001")
        areas.add(ward: "Sinfin", locality: "South")
        return areas
    }

    @Test("a real-shaped FeatureCollection: a MultiPolygon matched by code, a Polygon with a hole matched by name")
    func parses() throws {
        let text = """
        {"type": "FeatureCollection", "bbox": [-1.6, 52.8, -1.4, 53.0],
         "features": [
          {"type": "Feature", "properties": {"WD23CD": "E05000001", "WD23NM": "Abbey Ward"},
           "geometry": {"type": "MultiPolygon", "coordinates": [
             [[[-1.5, 52.9], [-1.4, 52.9], [-1.4, 53.0], [-1.5, 52.9]]],
             [[[-1.6, 52.8], [-1.55, 52.8], [-1.55, 52.85], [-1.6, 52.8]]]]}},
          {"type": "Feature", "properties": {"ward": "  sinfin "},
           "geometry": {"type": "Polygon", "coordinates": [
             [[-1.5, 52.8], [-1.4, 52.8], [-1.4, 52.9], [-1.5, 52.9], [-1.5, 52.8]],
             [[-1.47, 52.82], [-1.43, 52.82], [-1.43, 52.86], [-1.47, 52.82]]]}}
         ]}
        """
        let result = BoundariesLoader.load(Array(text.utf8), file: "boundaries.geojson", areas: Self.areas)
        #expect(result.diagnostics.isEmpty)
        let boundaries = try #require(result.boundaries)
        // Abbey: two polygons of one ring each; Sinfin: one polygon, its outline and a hole.
        #expect(boundaries.shapes[0].map(\.count) == [1, 1])
        #expect(boundaries.shapes[1].map(\.count) == [2])
        #expect(boundaries.shapes[1][0][1].first == WardBoundaries.Point(longitude: -1.47, latitude: 52.82))
    }

    @Test("every problem at its feature, named by index and name: no ward, a second shape, an open ring, a line, a missing ward")
    func errors() {
        let text = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"ward": "Abbey"},
           "geometry": {"type": "Polygon", "coordinates": [[[-1.5, 52.9], [-1.4, 52.9], [-1.4, 53.0], [-1.45, 53.0]]]}},
          {"type": "Feature", "properties": {"ward": "Abbye"},
           "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
          {"type": "Feature", "properties": {"code": "E05000001"},
           "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
          {"type": "Feature", "properties": {"ward": "Sinfin"},
           "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}}
        ]}
        """
        var areas = Self.areas
        areas.add(ward: "Darley", locality: "North")
        let result = BoundariesLoader.load(Array(text.utf8), file: "b.geojson", areas: areas)
        #expect(result.boundaries == nil)
        #expect(result.diagnostics.map(\.description) == [
            "b.geojson:2:3: error: feature 1 (\"Abbey\"): ring 1 is not closed: its last position must repeat its first",
            "b.geojson:4:3: error: feature 2 (\"Abbye\"): matches no ward in areas.csv (by its \"code\" or \"ward\" property); did you mean 'Abbey'?",
            "b.geojson:6:3: error: feature 3 (code E05000001): is a second shape for ward 'Abbey' (feature 1 is the first); give each ward one feature, a MultiPolygon for several parts",
            "b.geojson:8:3: error: feature 4 (\"Sinfin\"): its geometry is a LineString; each ward needs a Polygon or MultiPolygon",
            "b.geojson: error: ward 'Darley' of areas.csv has no feature; add its boundary (a feature whose \"ward\" or \"code\" property names it)",
        ])
    }

    @Test("not JSON, or not a FeatureCollection: one error at the top of the file")
    func notGeoJSON() {
        for text in ["{\"type\": \"Feature", "{\"type\": \"Topology\", \"objects\": {}}"] {
            let result = BoundariesLoader.load(Array(text.utf8), file: "b.geojson", areas: Self.areas)
            #expect(result.boundaries == nil)
            #expect(result.diagnostics.count == 1)
            #expect(result.diagnostics.first?.description.hasPrefix("b.geojson:1:1: error: is not") == true)
        }
    }
}
