import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// What a ward or locality page says about how the area compares with the whole authority:
/// RAG by measure beside the authority's, the comparison in words, and rates beside counts.
/// Everything is worked out from published cells, so nothing shows more than the CSVs.
enum ComparisonSections {
    /// One area's RAG counts for one measure, as published (a ward's row of ward-rag.csv, or
    /// a locality's sum of them).
    struct AreaRAG {
        var qualifiers, red, amber, green, notAssessed: PublishedValue
        var greenPct: PublishedValue
        var comparison: String
    }

    static func authorityName(_ content: SiteContent) -> String {
        content.context.settings.authority.isEmpty ? "the authority" : content.context.settings.authority
    }

    static func wardRAG(_ period: PublishedPeriod, ward: RowKey, measure: Int) -> AreaRAG? {
        guard let row = period.table(WardRAGTable.self)?[.pair(ward, .measure(measure))] else { return nil }
        return AreaRAG(qualifiers: row[.qualifiers], red: row[.red], amber: row[.amber], green: row[.green], notAssessed: row[.notAssessed],
                       greenPct: row[.greenPct], comparison: row.text(.comparison))
    }

    /// The RAG table of an area next to the authority's, and one sentence per measure.
    static func rag(_ period: PublishedPeriod, area: String, content: SiteContent, root: String,
                    rows: (Int) -> AreaRAG?) -> String {
        guard let rag = period.table(RAGTable.self) else { return "" }
        let authority = authorityName(content)
        var table = HTMLTable(caption: "\(area): RAG status by measure, compared with \(authority)", columns: [
            .init("Measure", numeric: false), .init("Qualifying families"), .init("Red"), .init("Amber"), .init("Green"),
            .init("Not assessed"), .init("% green"), .init("\(authority): % green"), .init("Compared with \(authority)", numeric: false),
        ])
        var sentences: [String] = []
        for (index, measure) in content.context.settings.measures.enumerated() {
            guard let area = rows(index) else { continue }
            let authorityPct = rag[.measure(index)]?[.greenPct] ?? .suppressed
            table.rows.append([.rowHeader(measure.label, link: root + "\(period.period)/measures/\(measure.key).html"),
                               .value(area.qualifiers), .value(area.red), .value(area.amber), .value(area.green), .value(area.notAssessed),
                               .value(area.greenPct), .value(authorityPct), ComparisonMarkup.cell(area.comparison)])
            if let explanation = ComparisonMarkup.explanation(area.comparison) {
                sentences.append("<li>\(HTMLText.escape(measure.label)): \(HTMLTable.valueHTML(area.greenPct))% of qualifying families rated green, against \(HTMLTable.valueHTML(authorityPct))% across \(HTMLText.escape(authority)): \(ComparisonMarkup.html(area.comparison)) (\(explanation)).</li>")
            } else {
                sentences.append("<li>\(HTMLText.escape(measure.label)): not compared (\(ComparisonMarkup.notCompared)), because the counts are suppressed or no family qualifies.</li>")
            }
        }
        table.note = "Better or worse: the area's 95% interval for its share of green lies wholly above or below \(HTMLText.escape(authority))'s share; similar: it holds it. See the <a href=\"\(root)\(period.period)/data.html\">methodology</a>."
        table.csv = PageParts.csvLink(WardRAGTable.name, root: root, period: period.period)
        var html = "<h2>Progress compared with \(HTMLText.escape(authority))</h2>\n"
        html += "<ul class=\"comparison\">\n" + sentences.joined(separator: "\n") + "\n</ul>\n"
        html += table.html
        return html
    }

    /// % of the area's families allocated and with a claim made, beside the authority's rates.
    static func rates(_ period: PublishedPeriod, area: String, families: PublishedValue, allocated: PublishedValue,
                      claimed: PublishedValue, content: SiteContent) -> String {
        let authority = authorityName(content)
        var table = HTMLTable(caption: "\(area): rates beside \(authority)", columns: [
            .init("Rate", numeric: false), .init("Families"), .init("\(area) (%)"), .init("\(authority) (%)"),
        ])
        table.rows = [
            [.rowHeader("Families allocated a lead worker", link: nil), .value(allocated), .value(PageParts.share(allocated, of: families)),
             .value(PageParts.share(period.total(.allocated), of: period.total(.families)))],
            [.rowHeader("Families with a payment-by-results claim made", link: nil), .value(claimed), .value(PageParts.share(claimed, of: families)),
             .value(PageParts.share(period.total(.claims), of: period.total(.families)))],
        ]
        table.note = "Rates are of the area's families (\(HTMLTable.valueHTML(families))); [c] where a count is suppressed."
        return table.html
    }
}
