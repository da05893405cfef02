import FamdashDisclosure
import FamdashModel

/// The charts of one period, built from its published figures and those of earlier quarters.
public enum PeriodCharts {
    /// Ward charts show this many wards at most; the tables list them all.
    public static let maximumRows = 30

    public static func charts(for period: PublishedPeriod, history: [PublishedPeriod], settings: Settings) -> [Chart] {
        var charts: [Chart] = []
        let quarter = "\(period.period.monthsLabel) (\(period.period.financialLabel))"
        func total(_ key: String) -> PublishedValue { period.summaryValue(key) ?? .suppressed }

        if let wards = period.table("wards") {
            for (column, noun) in [("families", "families"), ("people", "people")] {
                charts.append(rankedBars(name: "\(noun)-by-ward", title: "\(noun.capitalized) in the programme by ward", quarter: quarter,
                                         noun: noun, table: wards, valueColumn: column, detailColumn: 1, total: total(column),
                                         color: column == "families" ? Palette.primary : Palette.secondary, last: ["Unidentified"]))
            }
        }
        if let localities = period.table("localities") {
            charts.append(rankedBars(name: "families-by-locality", title: "Families in the programme by locality", quarter: quarter,
                                     noun: "families", table: localities, valueColumn: "families", detailColumn: nil,
                                     total: total("families"), color: Palette.primary, last: ["Unidentified"]))
        }
        if let rag = period.table("rag") {
            charts.append(ragByMeasure(rag, settings: settings, quarter: quarter))
        }
        if let ages = period.table("ages") {
            charts.append(ageBands(ages, quarter: quarter, total: total("people")))
        }
        if let detail = period.table("ages-detail") {
            charts.append(ageDetail(detail, quarter: quarter))
        }
        if let allocations = period.table("allocations") {
            charts.append(rankedBars(name: "allocations-by-agency", title: "Allocated families by lead agency", quarter: quarter,
                                     noun: "families", table: allocations, valueColumn: "families", detailColumn: nil,
                                     total: total("allocated"), color: Palette.primary, last: ["Not recorded"]))
        }
        if let wardAllocations = period.table("ward-allocations"), let wards = period.table("wards") {
            charts.append(allocationStatus(wardAllocations, wards: wards, quarter: quarter))
        }
        let upToNow = history.filter { $0.period <= period.period }
        charts.append(headlineTrend(upToNow))
        for (index, measure) in settings.measures.enumerated() {
            charts.append(ragTrend(upToNow, measure: measure, row: index))
        }
        if let movement = period.table("rag-movement"), !movement.rows.isEmpty {
            for measure in settings.measures {
                charts.append(ragMovement(movement, measure: measure, quarter: quarter))
            }
        }
        return charts
    }

    static func rankedBars(name: String, title: String, quarter: String, noun: String, table: PublishedTable,
                           valueColumn: String, detailColumn: Int?, total: PublishedValue, color: Color, last: Set<String>) -> Chart {
        let column = table.column(valueColumn) ?? 1
        let rows = table.rows.map { row in
            Chart.Bars.Row(label: row[0].csvText, detail: detailColumn.map { row[$0].csvText }, value: row[column])
        }
        let ranked = Ranking.ranked(rows, value: \.value, name: \.label, last: last)
        var shown = Array(ranked.prefix(maximumRows))
        var subtitle = quarter
        if ranked.count > maximumRows {
            shown = Array(ranked.prefix(maximumRows))
            subtitle += ": the \(maximumRows) largest of \(ranked.count)"
        }
        var summary = "No \(noun) in this quarter."
        if let top = ranked.first(where: { if case .count(let count) = $0.value, count > 0, !last.contains($0.label) { true } else { false } }) {
            summary = "\(top.label) has the most \(noun), \(ChartText.value(top.value)) of \(ChartText.value(total))."
        } else if ranked.contains(where: { $0.value.isSuppressed }) {
            summary = "Every figure is suppressed or zero."
        }
        return Chart(name: name, title: title, subtitle: subtitle, valueLabel: noun.capitalized, summary: summary,
                     kind: .bars(.init(rows: shown, color: color)))
    }

    static let ragParts = [
        Chart.Stacked.Part(name: "Red", letter: "R", color: Palette.red),
        Chart.Stacked.Part(name: "Amber", letter: "A", color: Palette.amber),
        Chart.Stacked.Part(name: "Green", letter: "G", color: Palette.green),
        Chart.Stacked.Part(name: "Not assessed", letter: "N", color: Palette.notAssessed),
    ]

    static func ragByMeasure(_ rag: PublishedTable, settings: Settings, quarter: String) -> Chart {
        let labels = Dictionary(settings.measures.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        let rows = rag.rows.map { row in
            Chart.Stacked.Row(label: labels[row[0].csvText] ?? row[0].csvText, values: Array(row[2...5]), total: row[1])
        }
        var summary = "No families qualify under any measure."
        let greens = rag.rows.compactMap { row -> (String, Int, Int)? in
            guard case .count(let total) = row[1], total > 0, case .count(let green) = row[4] else { return nil }
            return (labels[row[0].csvText] ?? row[0].csvText, green, total)
        }
        if let best = greens.max(by: { $0.1 * $1.2 < $1.1 * $0.2 }) {
            summary = "\(best.0) has the largest share of families rated green: \(ChartText.grouped(best.1)) of \(ChartText.grouped(best.2))."
        }
        return Chart(name: "rag-by-measure", title: "Progress of qualifying families (RAG status) by measure", subtitle: quarter,
                     valueLabel: "Qualifying families", summary: summary, kind: .stacked(.init(parts: ragParts, rows: rows, percent: true)))
    }

    static func ageBands(_ ages: PublishedTable, quarter: String, total: PublishedValue) -> Chart {
        let bands = ages.rows.filter { $0[0].csvText != "unknown" }
        let unknown = ages.rows.first { $0[0].csvText == "unknown" }?[1] ?? .count(0)
        let top = Ranking.ranked(bands, value: { $0[1] }, name: { $0[0].csvText }).first
        var summary = "No people in this quarter."
        if let top, case .count(let count) = top[1], count > 0 {
            summary = "The \(top[0].csvText) age band has the most people, \(ChartText.grouped(count)) of \(ChartText.value(total)); \(ChartText.value(unknown)) of unknown age."
        }
        return Chart(name: "age-bands", title: "People in programme families by age", subtitle: quarter, valueLabel: "People",
                     summary: summary, kind: .columns(.init(labels: bands.map { $0[0].csvText }, values: bands.map { $0[1] })))
    }

    static func ageDetail(_ detail: PublishedTable, quarter: String) -> Chart {
        let first = detail.rows.first?[0].csvText ?? "", last = detail.rows.last?[0].csvText ?? ""
        let top = Ranking.ranked(detail.rows, value: { $0[1] }, name: { $0[0].csvText }).first
        var summary = "No people in the \(first) to \(last) band."
        if let top, case .count(let count) = top[1], count > 0 {
            summary = "Within ages \(first) to \(last), age \(top[0].csvText) has the most people, \(ChartText.grouped(count))."
        }
        return Chart(name: "age-detail", title: "People aged \(first) to \(last) by single year of age", subtitle: quarter,
                     valueLabel: "People", summary: summary,
                     kind: .columns(.init(labels: detail.rows.map { $0[0].csvText }, values: detail.rows.map { $0[1] }, color: Palette.secondary)))
    }

    static func allocationStatus(_ table: PublishedTable, wards: PublishedTable, quarter: String) -> Chart {
        let parts = [
            Chart.Stacked.Part(name: "Claimed", letter: "C", color: Palette.primary),
            Chart.Stacked.Part(name: "Allocated, not claimed", letter: "A", color: Color(0x5694CA)),
            Chart.Stacked.Part(name: "Not to be allocated", letter: "N", color: Palette.tertiary),
            Chart.Stacked.Part(name: "Yet to be allocated", letter: "Y", color: Palette.notAssessed),
        ]
        var rows: [Chart.Stacked.Row] = []
        for (index, row) in table.rows.enumerated() {
            let families = wards.rows[index][4]
            var unclaimed = PublishedValue.suppressed
            if case .count(let allocated) = row[1], case .count(let claimed) = row[2], allocated >= claimed {
                unclaimed = .count(allocated - claimed)
            }
            let claimed: PublishedValue = unclaimed == .suppressed ? .suppressed : row[2]
            rows.append(Chart.Stacked.Row(label: row[0].csvText, values: [claimed, unclaimed, row[3], row[4]], total: families))
        }
        let ranked = Ranking.ranked(rows, value: \.total, name: \.label, last: ["Unidentified"])
        var subtitle = quarter
        if ranked.count > maximumRows { subtitle += ": the \(maximumRows) largest of \(ranked.count) wards" }
        let allocatedTotal = table.rows.compactMap { $0[1].count }.reduce(0, +)
        let familiesTotal = wards.rows.compactMap { $0[4].count }.reduce(0, +)
        let summary = "Across the wards shown in the table, at least \(ChartText.grouped(allocatedTotal)) of \(ChartText.grouped(familiesTotal)) families counted by ward are allocated a lead worker."
        return Chart(name: "allocation-status-by-ward", title: "Allocation status of families by ward", subtitle: subtitle,
                     valueLabel: "Families", summary: summary,
                     kind: .stacked(.init(parts: parts, rows: Array(ranked.prefix(maximumRows)), percent: false)))
    }

    static func headlineTrend(_ periods: [PublishedPeriod]) -> Chart {
        let labels = periods.map(\.period.description)
        let keys = [("families", "Families in the programme", Palette.primary, false),
                    ("allocated", "Allocated a lead worker", Palette.secondary, true),
                    ("claims", "Payment-by-results claims", Palette.tertiary, false)]
        let series = keys.map { key, name, color, dashed in
            Chart.Lines.Series(name: name, values: periods.map { $0.summaryValue(key) ?? .suppressed }, color: color, dashed: dashed)
        }
        var summary = "One quarter of figures so far."
        if let first = periods.first, let last = periods.last, periods.count > 1,
           case .count(let from) = first.summaryValue("families") ?? .suppressed,
           case .count(let to) = last.summaryValue("families") ?? .suppressed {
            summary = "Families in the programme \(to >= from ? "rose" : "fell") from \(ChartText.grouped(from)) in \(first.period) to \(ChartText.grouped(to)) in \(last.period)."
        }
        return Chart(name: "trend-headline", title: "Families identified, allocated and claimed, by quarter",
                     subtitle: "\(labels.first ?? "") to \(labels.last ?? "")", valueLabel: "Families", summary: summary,
                     kind: .lines(.init(labels: labels, series: series)))
    }

    /// Where last quarter's red, amber and green families are now. A row with a suppressed
    /// count has no published total: its published parts are drawn, then a [c] stub.
    static func ragMovement(_ movement: PublishedTable, measure: Measure, quarter: String) -> Chart {
        let parts = Array(ragParts.prefix(3))
        let rows = movement.rows.filter { $0[0].csvText == measure.key }.map { row -> Chart.Stacked.Row in
            let values = Array(row[2...4])
            let counts = values.compactMap(\.count)
            let total: PublishedValue = counts.count == values.count ? .count(counts.reduce(0, +)) : .suppressed
            return Chart.Stacked.Row(label: "Was \(row[1].csvText)", values: values, total: total)
        }
        var summary = "How families assessed on \(measure.label) in both quarters moved between statuses."
        if let red = rows.first, case .count(let total) = red.total, total > 0, case .count(let stayed) = red.values[0] {
            summary = "Of \(ChartText.grouped(total)) families rated red last quarter on \(measure.label), \(ChartText.grouped(total - stayed)) have moved up."
        }
        return Chart(name: "rag-movement-\(measure.key)", title: "\(measure.label): status now, by status last quarter", subtitle: quarter,
                     valueLabel: "Families", summary: summary, kind: .stacked(.init(parts: parts, rows: rows, percent: false)))
    }

    static func ragTrend(_ periods: [PublishedPeriod], measure: Measure, row: Int) -> Chart {
        let shown = periods.suffix(12)
        let rows = shown.map { period -> Chart.Stacked.Row in
            guard let rag = period.table("rag"), row < rag.rows.count else {
                return Chart.Stacked.Row(label: period.period.description, values: [], total: .count(0))
            }
            return Chart.Stacked.Row(label: period.period.description, values: Array(rag.rows[row][2...5]), total: rag.rows[row][1])
        }
        var summary = "RAG status of families qualifying under \(measure.label), quarter by quarter."
        if let last = rows.last, case .count(let total) = last.total, total > 0, case .count(let green) = last.values[2] {
            summary = "In \(last.label), \(ChartText.grouped(green)) of \(ChartText.grouped(total)) families qualifying under \(measure.label) are rated green."
        }
        return Chart(name: "rag-trend-\(measure.key)", title: "\(measure.label): RAG status by quarter",
                     subtitle: "\(shown.first?.period.description ?? "") to \(shown.last?.period.description ?? "")",
                     valueLabel: "Qualifying families", summary: summary, kind: .stacked(.init(parts: ragParts, rows: rows, percent: true)))
    }
}
