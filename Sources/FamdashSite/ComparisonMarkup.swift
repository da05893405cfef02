import FamdashDisclosure
import FamdashFigures

/// A published comparison (better, similar, worse, [x]) as pages show it: a word and a shape
/// (▲ ● ▼), so colour is never the only carrier of meaning.
enum ComparisonMarkup {
    static let notCompared = "<abbr title=\"not compared: the ward's counts are suppressed, or no family qualifies\">[x]</abbr>"

    static func html(_ comparison: String) -> String {
        switch comparison {
        case "better": "<span class=\"cmp cmp-better\"><span aria-hidden=\"true\">▲ </span>better</span>"
        case "similar": "<span class=\"cmp cmp-similar\"><span aria-hidden=\"true\">● </span>similar</span>"
        case "worse": "<span class=\"cmp cmp-worse\"><span aria-hidden=\"true\">▼ </span>worse</span>"
        default: notCompared
        }
    }

    /// Worse, similar, better ascending; [x] sorts after them whichever way, in name order.
    static func sortValue(_ comparison: String) -> String {
        switch comparison {
        case "better": "3"
        case "similar": "2"
        case "worse": "1"
        default: ""
        }
    }

    static func cell(_ comparison: String) -> HTMLTable.Cell {
        .markup(html(comparison), sortValue: sortValue(comparison))
    }

    /// What the comparison means, for sentences.
    static func explanation(_ comparison: String) -> String? {
        switch comparison {
        case "better": "its 95% interval lies wholly above that share"
        case "similar": "its 95% interval holds that share"
        case "worse": "its 95% interval lies wholly below that share"
        default: nil
        }
    }
}
