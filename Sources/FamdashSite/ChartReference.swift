/// A chart as a page shows it: an SVG image with its sentence as alt text, and the PNG for papers.
public struct ChartReference: Sendable {
    public var name: String
    public var title: String
    public var alt: String
    public init(name: String, title: String, alt: String) {
        self.name = name
        self.title = title
        self.alt = alt
    }
}
