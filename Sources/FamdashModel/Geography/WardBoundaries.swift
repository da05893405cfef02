/// Each ward's shape from `boundaries.geojson`: polygons of rings of (longitude, latitude)
/// in WGS 84, the first ring of a polygon its outline and the rest its holes (RFC 7946).
public struct WardBoundaries: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var longitude: Double
        public var latitude: Double
        public init(longitude: Double, latitude: Double) {
            self.longitude = longitude
            self.latitude = latitude
        }
    }

    /// A closed ring; the last point repeats the first, as GeoJSON writes it.
    public typealias Ring = [Point]
    public typealias Polygon = [Ring]

    /// By ward index of `Areas.wards`: the ward's polygons (every ward has at least one).
    public var shapes: [[Polygon]]

    public init(shapes: [[Polygon]]) { self.shapes = shapes }
}
