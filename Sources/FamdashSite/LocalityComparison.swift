import FamdashCharts
import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// A locality compared like a ward: its RAG counts are the sums of its wards' published
/// ward-rag counts (a sum with a suppressed part is [c]), compared with the authority's
/// published rag.csv counts by the same Wilson test. Only published cells go in, so the page
/// shows nothing the CSVs do not.
enum LocalityComparison {
    static func rag(_ period: PublishedPeriod, wards: [RowKey], measure: Int) -> ComparisonSections.AreaRAG? {
        guard let wardRAG = period.table(WardRAGTable.self) else { return nil }
        let rows = wards.compactMap { wardRAG[.pair($0, .measure(measure))] }
        func sum(_ column: WardRAGTable.Column) -> PublishedValue {
            var total = 0
            for row in rows {
                guard case .count(let count) = row[column] else { return .suppressed }
                total += count
            }
            return .count(total)
        }
        let qualifiers = sum(.qualifiers), green = sum(.green)
        var comparison = PublishedNames.notCompared
        var greenPct = PublishedValue.suppressed
        if case .count(let n) = qualifiers, case .count(let g) = green {
            greenPct = .percent(Percentage.tenths(g, of: n))
            let authority = period.table(RAGTable.self)?[.measure(measure)]
            if case .count(let q)? = authority?[.qualifiers], case .count(let p)? = authority?[.green],
               let result = WilsonComparison.compare(part: g, of: n, benchmarkPart: p, of: q) {
                comparison = result.rawValue
            }
        }
        return ComparisonSections.AreaRAG(qualifiers: qualifiers, red: sum(.red), amber: sum(.amber), green: green,
                                          notAssessed: sum(.notAssessed), greenPct: greenPct, comparison: comparison)
    }

    /// Families by ward within the locality, ranked by published count, drawn inline.
    static func wardsChart(_ wards: [RowView<WardsTable>], locality: String, quarter: String) -> String {
        let ranked = Ranking.ranked(wards, value: { $0[.families] }, name: { $0.text(.ward) }, last: { $0.key.isCatchAll })
        let chart = Chart(name: "locality-wards", title: "\(locality): families by ward", subtitle: quarter, valueLabel: "Families",
                          summary: "Families in the programme in each ward of \(locality): published figures largest first, then [c] in name order.",
                          kind: .bars(.init(rows: ranked.map { Chart.Bars.Row(label: $0.text(.ward), value: $0[.families]) })))
        return InlineChart.figure(chart, id: "locality-wards")
    }

    /// The locality's families and people across quarters: a table and a line chart.
    static func trend(_ history: [PublishedPeriod], key: RowKey, locality: String, slug: String, root: String) -> String {
        var table = HTMLTable(caption: "\(locality): families and people by quarter", columns: [
            .init("Quarter", numeric: false), .init("Families"), .init("People"),
        ])
        var labels: [String] = [], families: [PublishedValue] = [], people: [PublishedValue] = []
        for earlier in history {
            guard let row = earlier.table(LocalitiesTable.self)?[key], row.text(.locality) == locality else { continue }
            table.rows.append([.rowHeader(earlier.period.description, link: root + "\(earlier.period)/localities/\(slug).html"),
                               .value(row[.families]), .value(row[.people])])
            labels.append(earlier.period.description)
            families.append(row[.families])
            people.append(row[.people])
        }
        var html = "<h2>Across quarters</h2>\n"
        if let first = labels.first, let last = labels.last, labels.count > 1 {
            let chart = Chart(name: "locality-trend", title: "\(locality): families by quarter", subtitle: "\(first) to \(last)",
                              valueLabel: "Families", summary: "Families and people in \(locality), quarter by quarter.",
                              kind: .lines(.init(labels: labels, series: [
                                  .init(name: "Families", values: families, color: Palette.primary, dashed: false),
                                  .init(name: "People", values: people, color: Palette.secondary, dashed: true),
                              ])))
            html += InlineChart.figure(chart, id: "locality-trend")
        }
        return html + table.html
    }
}
