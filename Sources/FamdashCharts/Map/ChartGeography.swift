/// What the map charts need besides published figures: the wards' drawn shapes (computed once
/// per build) and, by ward index, each ward page's path relative to the period folder.
public struct ChartGeography: Sendable {
    public var geometry: WardMapGeometry
    public var wardLinks: [Int: String]

    public init(geometry: WardMapGeometry, wardLinks: [Int: String]) {
        self.geometry = geometry
        self.wardLinks = wardLinks
    }
}
