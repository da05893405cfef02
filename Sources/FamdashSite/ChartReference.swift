/// A chart as a page shows it: an SVG image (with a narrow variant for phones) with its
/// sentence as alt text, and the PNG for papers.
public struct ChartReference: Sendable {
    public var name: String
    public var title: String
    public var alt: String
    /// The chart draws a [c]: the page puts the key beside it.
    public var showsSuppressed: Bool
    /// The drawing's size in CSS pixels, where a page needs it (an <object> has no intrinsic size).
    public var size: (width: Double, height: Double)?
    public init(name: String, title: String, alt: String, showsSuppressed: Bool = false, size: (width: Double, height: Double)? = nil) {
        self.name = name
        self.title = title
        self.alt = alt
        self.showsSuppressed = showsSuppressed
        self.size = size
    }

    /// The narrow SVG beside `NAME.svg`.
    public static func narrowFile(_ name: String) -> String { "\(name)-narrow" }
}
