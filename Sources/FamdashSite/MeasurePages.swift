import FamdashCharts
import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// One page per measure: its RAG figures, chart and trend.
enum MeasurePages {
    static func index(_ period: PublishedPeriod, content: SiteContent) -> Page? {
        guard let rag = period.table(RAGTable.self) else { return nil }
        let name = period.period
        let path = "\(name)/measures/index.html"
        let root = PageParts.root(of: path)
        var body = PageParts.heading("Measures", period: name)
        body += "<p class=\"lead\">Each family qualifies under one or more measures; progress on each is rated red, amber or green by the lead worker.</p>\n"
        body += ragTable(rag.rows, caption: "RAG status of qualifying families by measure", content: content, root: root, period: name, linkMeasures: true).html
        body += PageParts.figure(content.chart("rag-by-measure", of: name), root: root, period: name)
        return Page(path: path, name: "Measures", period: name, section: .measures,
                    breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Measures")], body: body)
    }

    static func ragTable(_ rows: [RowView<RAGTable>], caption: String, content: SiteContent, root: String, period: PeriodName,
                         linkMeasures: Bool) -> HTMLTable {
        var table = HTMLTable(caption: caption, columns: [
            .init("Measure", numeric: false), .init("Qualifying families"), .init("Red"), .init("Amber"), .init("Green"),
            .init("Not assessed"), .init("% red"), .init("% amber"), .init("% green"),
        ])
        for row in rows {
            let key = row.text(.measure)
            table.rows.append([.rowHeader(content.context.measureLabel(key), link: linkMeasures ? root + "\(period)/measures/\(key).html" : nil)]
                              + row.values.indices.dropFirst().map { row.cell(at: $0) })
        }
        table.csv = PageParts.csvLink("rag", root: root, period: period)
        return table
    }

    static func pages(_ period: PublishedPeriod, content: SiteContent) -> [Page] {
        guard let rag = period.table(RAGTable.self) else { return [] }
        let name = period.period
        return rag.rows.map { row in
            let key = row.text(.measure)
            let label = content.context.measureLabel(key)
            let path = "\(name)/measures/\(key).html"
            let root = PageParts.root(of: path)
            var body = PageParts.heading(label, period: name)
            body += ragTable([row], caption: "\(label): RAG status of qualifying families", content: content, root: root, period: name, linkMeasures: false).html
            var trend = HTMLTable(caption: "\(label): RAG status by quarter", columns: [
                .init("Quarter", numeric: false), .init("Qualifying families"), .init("Red"), .init("Amber"), .init("Green"),
                .init("Not assessed"), .init("% green"),
            ])
            for earlier in content.history(upTo: period) {
                guard let earlierRow = earlier.table(RAGTable.self)?[row.key] else { continue }
                trend.rows.append([.rowHeader(earlier.period.description, link: root + "\(earlier.period)/measures/\(key).html")]
                                  + [.qualifiers, .red, .amber, .green, .notAssessed, .greenPct].map { earlierRow.cell($0) })
            }
            body += "<h2>By ward</h2>\n<p>How each ward's share of green compares with the whole authority's: see also the <a href=\"\(root)\(name)/wards/index.html#compare\">wards compared</a>.</p>\n"
            if let measure = content.context.settings.measures.first(where: { $0.key == key }) {
                body += PageParts.figure(content.chart(WardComparisonChart.name(for: measure), of: name), root: root, period: name)
            }
            body += "<h2>Across quarters</h2>\n"
            body += PageParts.figure(content.chart("\(RAGTrendChart.name)-\(key)", of: name), root: root, period: name)
            body += trend.html
            body += PerformanceSections.movement(period, measure: row.key, label: label, root: root,
                                                 chart: content.chart("\(RAGMovementChart.name)-\(key)", of: name))
            return Page(path: path, name: label, period: name, section: .measures,
                        breadcrumbs: [.init("Overview", "\(name)/index.html"), .init("Measures", "\(name)/measures/index.html"), .init(label)],
                        body: body)
        }
    }
}
