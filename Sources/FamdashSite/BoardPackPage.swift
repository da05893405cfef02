import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// One printable page per quarter in the order of the board papers: summary in words,
/// headline figures, RAG, targets, finance.
enum BoardPackPage {
    static func page(_ period: PublishedPeriod, content: SiteContent) -> Page {
        let name = period.period
        let path = "\(name)/board-pack.html"
        let root = PageParts.root(of: path)
        let settings = content.context.settings
        var body = PageParts.heading("\(settings.name): board report", period: name)
        body += "<section aria-labelledby=\"summary-heading\"><h2 id=\"summary-heading\">Summary</h2>\n<ul class=\"commentary\">\n"
        for sentence in Commentary.sentences(period, previous: content.previous(period), settings: settings) {
            body += "<li>\(HTMLText.escape(sentence))</li>\n"
        }
        body += "</ul>\n</section>\n"
        var headline = HTMLTable(caption: "Headline figures", columns: [.init("Figure", numeric: false), .init("This quarter"), .init("Last quarter")])
        let previous = content.previous(period)
        headline.rows = PageParts.headlineLabels.map { key, label in
            [.rowHeader(label, link: nil), .value(period.total(key)),
             previous.map { .value($0.total(key)) } ?? .text("–")]
        }
        body += headline.html
        if let rag = period.table(RAGTable.self) {
            body += "<h2>Progress by measure</h2>\n"
            body += MeasurePages.ragTable(rag.rows, caption: "RAG status of qualifying families by measure", content: content, root: root, period: name, linkMeasures: false).html
            body += PageParts.figure(content.chart("rag-by-measure", of: name), root: root, period: name)
        }
        body += PerformanceSections.targets(period, root: root)
        body += PerformanceSections.finance(period, root: root)
        body += PerformanceSections.earnings(period, settings: settings, root: root)
        body += PageParts.figure(content.chart("trend-headline", of: name), root: root, period: name)
        return Page(path: path, name: "Board report", period: name, section: .boardPack,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Board report")], body: body)
    }
}
