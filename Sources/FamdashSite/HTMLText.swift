import FamdashCharts
import FamdashModel

/// Escaping for names from the data wherever they land in a page.
public enum HTMLText {
    /// Text content and quoted attribute values: `MarkupText.escape`, the one escaping
    /// function pages and SVG charts share (entities for & < > " ', U+FFFD for characters HTML
    /// and XML do not allow, such as U+0001 and ESC).
    public static func escape(_ text: String) -> String { MarkupText.escape(text) }

    /// "1,234": thousands separators for reading, as GOV.UK style asks (the charts' own rule).
    public static func grouped(_ value: Int) -> String { ChartText.grouped(value) }
}
