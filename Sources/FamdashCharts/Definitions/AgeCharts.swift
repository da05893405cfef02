import FamdashDisclosure
import FamdashFigures

/// `age-bands`: people by closed 10-year band (age unknown is in the table only).
enum AgeBandsChart: ChartDefinition {
    static let name = "age-bands"
    static func charts(_ context: ChartContext) -> [Chart] {
        guard let ages = context.period.table(AgesTable.self) else { return [] }
        let bands = ages.rows.filter { $0.key != .unknownAge }
        let unknown = ages[.unknownAge]?[.people] ?? .count(0)
        let top = Ranking.ranked(bands, value: { $0[.people] }, name: { $0.text(.band) }).first
        var summary = "No people in this quarter."
        if let top, case .count(let count) = top[.people], count > 0 {
            summary = RankedBars.leader("the \(top.text(.band)) age band", noun: "people",
                                        value: "\(ChartText.grouped(count)) of \(ChartText.value(context.period.total(.people)))",
                                        anyWithheld: bands.contains { $0[.people].isSuppressed }).dropLast() + "; \(ChartText.value(unknown)) of unknown age."
            summary = summary.prefix(1).uppercased() + summary.dropFirst()
        }
        return [Chart(name: name, title: "People in programme families by age", subtitle: context.quarter, valueLabel: "People",
                      summary: summary, kind: .columns(.init(labels: bands.map { $0.text(.band) }, values: bands.map { $0[.people] })))]
    }
}

/// `age-detail`: each single year of the most populous band.
enum AgeDetailChart: ChartDefinition {
    static let name = "age-detail"
    static func charts(_ context: ChartContext) -> [Chart] {
        guard let detail = context.period.table(AgesDetailTable.self) else { return [] }
        let rows = detail.rows
        let first = rows.first?.text(.age) ?? "", last = rows.last?.text(.age) ?? ""
        let top = Ranking.ranked(rows, value: { $0[.people] }, name: { $0.text(.age) }).first
        var summary = "No people in the \(first) to \(last) band."
        if let top, case .count(let count) = top[.people], count > 0 {
            summary = "Within ages \(first) to \(last), " + RankedBars.leader("age \(top.text(.age))", noun: "people", value: ChartText.grouped(count),
                                                                            anyWithheld: rows.contains { $0[.people].isSuppressed }).lowercasedFirst
        }
        return [Chart(name: name, title: "People aged \(first) to \(last) by single year of age", subtitle: context.quarter,
                      valueLabel: "People", summary: summary,
                      kind: .columns(.init(labels: rows.map { $0.text(.age) }, values: rows.map { $0[.people] }, color: Palette.secondary)))]
    }
}

extension String {
    /// "of the published…" after a comma: the sentence's first letter in lower case.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
