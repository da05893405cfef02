import FamdashModel

/// The frame every page shares: header, quarter navigation, footer.
public enum Layout {
    public static func page(title: String, body: String, root: String, context: SiteContext, period: PeriodName?) -> String {
        let settings = context.settings
        var html = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(HTMLText.escape(title))</title>\n"
        html += "<link rel=\"stylesheet\" href=\"\(root)assets/famdash.css\">\n</head>\n<body>\n"
        html += "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n"
        html += "<header class=\"site-header\"><div class=\"wrap\"><p class=\"programme\"><a href=\"\(root)index.html\">\(HTMLText.escape(settings.name))</a></p>"
        if !settings.authority.isEmpty { html += "<p class=\"authority\">\(HTMLText.escape(settings.authority))</p>" }
        html += "</div></header>\n"
        html += "<nav class=\"quarters\" aria-label=\"Quarters\"><div class=\"wrap\"><ul>\n"
        for name in context.periods.suffix(8) {
            let current = name == period ? " aria-current=\"page\"" : ""
            html += "<li><a href=\"\(root)\(name)/index.html\"\(current)>\(name)</a></li>\n"
        }
        html += "<li><a href=\"\(root)archive.html\"\(period == nil ? " aria-current=\"page\"" : "")>All quarters</a></li>\n</ul></div></nav>\n"
        html += "<main id=\"main\" class=\"wrap\">\n\(body)</main>\n"
        html += "<footer class=\"site-footer\"><div class=\"wrap\"><p>\(HTMLText.escape(settings.name))"
        if !settings.authority.isEmpty { html += ", \(HTMLText.escape(settings.authority))" }
        if let period { html += ". \(period.monthsLabel) (\(period.financialLabel))" }
        html += ". Generated on \(HTMLText.escape(context.generatedOn)) by famdash \(HTMLText.escape(context.version)).</p></div></footer>\n"
        html += "</body>\n</html>\n"
        return html
    }
}
