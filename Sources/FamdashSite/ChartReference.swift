/// A chart as a page shows it: an SVG image with its sentence as alt text, and the PNG for papers.
public struct ChartReference: Sendable {
    public var name: String
    public var title: String
    public var alt: String
    /// The drawing's size in CSS pixels, where a page needs it (an <object> has no intrinsic size).
    public var size: (width: Double, height: Double)?
    public init(name: String, title: String, alt: String, size: (width: Double, height: Double)? = nil) {
        self.name = name
        self.title = title
        self.alt = alt
        self.size = size
    }
}
