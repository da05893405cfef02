import FamdashModel

/// The release line at the top of every page of a quarter: when it was published and when the
/// next is due, or, on an older quarter, that it is not the latest release, with a link to the
/// latest (the site's front page, which always is, so this page never needs to name it).
enum ReleaseBanner {
    static func html(_ period: PeriodName, root: String, context: SiteContext) -> String {
        let published = context.published[period].map { "Published \(HTMLText.escape($0.longText))." } ?? ""
        if let current = context.current, period < current {
            return "<div class=\"release release-old\" role=\"note\"><p><strong>This is not the latest release.</strong> \(published) "
                + "<a href=\"\(root)index.html\">See the latest figures</a>.</p></div>\n"
        }
        var text = published
        if let next = context.settings.release.nextUpdate {
            text += (text.isEmpty ? "" : " ") + "Next update: \(HTMLText.escape(next.longText))."
        }
        return text.isEmpty ? "" : "<p class=\"release\">\(text)</p>\n"
    }
}
