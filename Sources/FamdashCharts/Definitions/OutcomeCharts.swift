import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// `outcome-funnel-KEY`: one outcome's funnel, qualifies -> applies -> recorded -> progress ->
/// sustained, in that fixed order (a funnel, never ranked).
public enum OutcomeFunnelChart: ChartDefinition {
    public static let name = "outcome-funnel"
    public static func name(for outcome: OutcomeRule) -> String { "\(name)-\(outcome.key)" }

    static let stages: [(OutcomesTable.Column, String)] = [
        (.families, "Qualify under the problem"), (.applies, "Outcome applies"), (.recorded, "Current value recorded"),
        (.progress, "Significant progress"), (.sustained, "Progress sustained"),
    ]

    public static func charts(_ context: ChartContext) -> [Chart] {
        guard let outcomes = context.period.table(OutcomesTable.self) else { return [] }
        return context.settings.outcomes.enumerated().compactMap { index, outcome in
            guard let row = outcomes[.outcome(index)] else { return nil }
            let rows = stages.map { Chart.Bars.Row(label: $0.1, value: row[$0.0]) }
            var summary = "Figures for this outcome are suppressed to protect small numbers."
            if case .count(let families) = row[.families], case .count(let sustained) = row[.sustained] {
                summary = "Of \(ChartText.grouped(families)) families qualifying under this problem, \(ChartText.grouped(sustained)) show progress sustained as the plan asks."
            }
            return Chart(name: name(for: outcome), title: outcome.label, subtitle: "From qualifying to sustained progress, \(context.quarter)",
                         valueLabel: "Families", summary: summary, kind: .bars(.init(rows: rows, color: Palette.primary)))
        }
    }
}

/// `eligibility-trend`: families eligible but not claimed (money waiting) and claims the data
/// do not support, by quarter.
enum EligibilityTrendChart: ChartDefinition {
    static let name = "eligibility-trend"
    static func charts(_ context: ChartContext) -> [Chart] {
        guard context.period.table(EligibilityTable.self) != nil else { return [] }
        let periods = context.history.filter { $0.table(EligibilityTable.self) != nil }
        let labels = periods.map(\.period.description)
        func series(_ status: String, _ name: String, _ color: Color, dashed: Bool) -> Chart.Lines.Series {
            Chart.Lines.Series(name: name, values: periods.map { $0.table(EligibilityTable.self)?[.item(status)]?[.families] ?? .suppressed },
                               color: color, dashed: dashed)
        }
        var summary = "One quarter of figures so far."
        if let last = periods.last, case .count(let waiting) = last.table(EligibilityTable.self)?[.item("eligible_not_claimed")]?[.families] {
            summary = "In \(last.period), \(ChartText.grouped(waiting)) families were eligible for a results claim that had not been made."
        }
        return [Chart(name: name, title: "Eligible but not claimed, and claims the data do not support, by quarter",
                      subtitle: "\(labels.first ?? "") to \(labels.last ?? "")", valueLabel: "Families", summary: summary,
                      kind: .lines(.init(labels: labels, series: [
                          series("eligible_not_claimed", "Eligible, not claimed", Palette.primary, dashed: false),
                          series("claimed_not_eligible", "Claimed this quarter, not supported by the data", Palette.tertiary, dashed: true),
                      ])))]
    }
}
