import FamdashCharts
import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// The wards page's "compare areas" table: one row per ward, per measure its % green and its
/// comparison with the authority, sortable (suppressed and [x] after published values, in name
/// order), then the chart of all wards for each measure.
enum WardCompareTable {
    static func html(_ period: PublishedPeriod, content: SiteContent, root: String, locality: String? = nil) -> String {
        guard let wardRAG = period.table(WardRAGTable.self), let wards = period.table(WardsTable.self),
              let rag = period.table(RAGTable.self) else { return "" }
        let measures = content.context.settings.measures
        let authority = ComparisonSections.authorityName(content)
        let name = period.period
        var columns: [HTMLTable.Column] = [.init("Ward", numeric: false)]
        for measure in measures {
            columns += [.init("\(measure.label): % green"), .init("\(measure.label): compared", numeric: false)]
        }
        let scope = locality.map { "Wards of \($0)" } ?? "Wards"
        var table = HTMLTable(caption: "\(scope) compared with \(authority): share of qualifying families rated green", columns: columns)
        table.sortable = true
        for ward in wards.rows where locality == nil || ward.text(.locality) == locality {
            let label = ward.text(.ward)
            var cells: [HTMLTable.Cell] = [.rowHeader(label, link: content.wardSlugs[label].map { root + "\(name)/wards/\($0).html" })]
            for index in measures.indices {
                let row = wardRAG[.pair(ward.key, .measure(index))]
                cells += [.value(row?[.greenPct] ?? .suppressed), ComparisonMarkup.cell(row?.text(.comparison) ?? PublishedNames.notCompared)]
            }
            table.rows.append(cells)
        }
        var totals: [HTMLTable.Cell] = [.rowHeader(authority, link: nil)]
        for index in measures.indices { totals += [.value(rag[.measure(index)]?[.greenPct] ?? .suppressed), .text("")] }
        table.totals = totals
        table.note = "Better or worse: the ward's 95% interval for its share of green lies wholly above or below \(HTMLText.escape(authority))'s share; similar: it holds it; \(ComparisonMarkup.notCompared): the ward's counts are suppressed or no family qualifies."
        table.csv = PageParts.csvLink(WardRAGTable.name, root: root, period: name)
        var html = "<h2 id=\"compare\">\(HTMLText.escape(scope)) compared with \(HTMLText.escape(authority))</h2>\n" + table.html
        for measure in measures where locality == nil {
            html += PageParts.figure(content.chart(WardComparisonChart.name(for: measure), of: name), root: root, period: name)
        }
        return html
    }
}
