import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// The quarter's board paper, in the order of the board papers (summary in words, headline
/// figures, RAG, targets, finance, trend), printing on at most two A4 sides.
enum BoardPackPage {
    static func page(_ period: PublishedPeriod, content: SiteContent) -> Page {
        let name = period.period
        let path = "\(name)/board-pack.html"
        let root = PageParts.root(of: path)
        let settings = content.context.settings
        let previous = content.previous(period)
        // One wrapper class, so the print style can fit the report on two A4 sides.
        var body = "<div class=\"board-report\">\n" + PageParts.heading("\(settings.name): board report", period: name)
        let sentences = Commentary.sentences(period, previous: previous, settings: settings)
        if !sentences.isEmpty {
            body += "<section aria-labelledby=\"summary-heading\"><h2 id=\"summary-heading\">Summary</h2>\n<ul class=\"commentary\">\n"
            for sentence in sentences { body += "<li>\(HTMLText.escape(sentence))</li>\n" }
            body += "</ul>\n</section>\n"
        }
        var headline = HTMLTable(caption: "Headline figures", columns: [.init("Figure", numeric: false), .init("This quarter"), .init("Last quarter"),
                                                                        .init("Change")])
        headline.rows = PageParts.headlineLabels.map { key, label in
            [.rowHeader(label, link: nil), .value(period.total(key)), previous.map { .value($0.total(key)) } ?? .text("–"),
             PageParts.difference(period.total(key), previous?.total(key))]
        }
        body += headline.html
        if let rag = period.table(RAGTable.self) {
            body += "<h2>Progress by measure</h2>\n"
            body += ragTable(rag, previous: previous, content: content, root: root, period: name).html
            body += PageParts.figure(content.chart("rag-by-measure", of: name), root: root, period: name)
        }
        body += TargetsSection.html(period, content: content, root: root)
        // Money in words only ("Earned so far" states every line of the finance table, which the
        // overview and finance.csv carry): the board paper fits two A4 sides.
        body += PerformanceSections.earnings(period, settings: settings, root: root)
        body += PageParts.figure(content.chart("trend-headline", of: name), root: root, period: name)
        body += "</div>\n"
        return Page(path: path, name: "Board report", period: name, section: .boardPack,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Board report")], body: body)
    }

    /// RAG counts and % green, with the change in % green since last quarter in points.
    static func ragTable(_ rag: TableView<RAGTable>, previous: PublishedPeriod?, content: SiteContent, root: String, period: PeriodName) -> HTMLTable {
        var table = HTMLTable(caption: "RAG status of qualifying families by measure", columns: [
            .init("Measure", numeric: false), .init("Qualifying families"), .init("Red"), .init("Amber"), .init("Green"),
            .init("Not assessed"), .init("% green"), .init("Change in % green (points)"),
        ])
        let before = previous?.table(RAGTable.self)
        for row in rag.rows {
            let change: HTMLTable.Cell
            if previous == nil {
                change = .text("–")
            } else if case .percent(let now) = row[.greenPct], case .percent(let then)? = before?[row.key]?[.greenPct] {
                change = .text(now == then ? "0.0" : (now > then ? "+" : "−") + PercentText.text(tenths: abs(now - then)))
            } else {
                change = .value(.suppressed)
            }
            table.rows.append([.rowHeader(content.context.measureLabel(row.text(.measure)), link: nil)]
                              + [.qualifiers, .red, .amber, .green, .notAssessed, .greenPct].map { row.cell($0) } + [change])
        }
        table.csv = PageParts.csvLink("rag", root: root, period: period)
        return table
    }
}
