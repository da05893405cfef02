import FamdashModel

/// `archive.html`: every quarter, newest first, each at its permanent address.
public enum ArchivePage {
    public static func html(context: SiteContext) -> String {
        var body = "<h1>All quarters</h1>\n<p>Each quarter keeps its own address, so links to it do not change when later quarters are published.</p>\n<ul class=\"archive\">\n"
        for name in context.periods.reversed() {
            let marker = name == context.current ? " (current quarter)" : ""
            body += "<li><a href=\"\(name)/index.html\">\(name.monthsLabel) (\(name.financialLabel))</a>\(marker)</li>\n"
        }
        body += "</ul>\n"
        return Layout.page(title: "All quarters – \(context.settings.name)", body: body, root: "", context: context, period: nil)
    }
}
