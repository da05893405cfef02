import FamdashDisclosure
import FamdashFigures
import FamdashModel

/// "Progress to target": each target's published progress, a bar with an "expected by now"
/// marker while it is still to come, and, once its date has passed, the result as published for
/// the quarter its date fell in. Later quarters count only the families still in the cohort,
/// so their figure for an old date drifts down; a board member must not see history change.
enum TargetsSection {
    static func html(_ period: PublishedPeriod, content: SiteContent, root: String) -> String {
        guard let targets = period.table(TargetsTable.self), !targets.isEmpty else { return "" }
        var html = "<section aria-labelledby=\"targets-heading\"><h2 id=\"targets-heading\">Progress to target</h2>\n<ul class=\"targets\">\n"
        for row in targets.rows {
            guard let by = Day(parsing: row.text(.targetBy)) else { continue }
            let target = Int(row.text(.target)) ?? 0
            let frozen = resultQuarter(by: by, period: period, content: content)
            let shown = frozen.flatMap { $0.table(TargetsTable.self)?[row.key] } ?? row
            let status = shown.text(.status)
            let statusClass = status.replacingOccurrences(of: " ", with: "-")
            html += "<li><p><strong>\(HTMLTable.valueHTML(shown[.families]))</strong> families allocated by \(HTMLText.escape(by.longText)), "
            html += "of a target of \(HTMLText.grouped(target))"
            if case .percent(let tenths) = shown[.familiesPct] { html += " (\(PercentText.text(tenths: tenths))%)" }
            html += ". Status: <span class=\"status status-\(HTMLText.escape(statusClass))\">\(HTMLTable.valueHTML(shown[.status]))</span></p>\n"
            if let frozen {
                html += "<p class=\"table-note\">The result as published for \(HTMLText.escape(frozen.period.monthsLabel)), the quarter of the target date; "
                html += "it does not change as families leave the programme.</p>\n"
            }
            var width = 0
            if case .percent(let tenths) = shown[.familiesPct] { width = min(1000, tenths) }
            html += "<div class=\"progress\" aria-hidden=\"true\"><div class=\"progress-bar\" style=\"width: \(width / 10).\(width % 10)%\"></div>"
            let expected = expectedShare(by: by, asAt: period.period.endDay)
            if period.period.endDay < by {
                html += "<div class=\"progress-expected\" style=\"left: \(expected / 10).\(expected % 10)%\"></div>"
            }
            html += "</div>\n"
            if period.period.endDay < by, target > 0 {
                let due = TargetStatus.expected(families: target, by: by, asAt: period.period.endDay)
                html += "<p class=\"table-note\">The marker shows where even progress over the year to \(HTMLText.escape(by.longText)) would be by now: \(HTMLText.grouped(due)) families.</p>\n"
            }
            html += "</li>\n"
        }
        html += "</ul>\n<p class=\"table-note\">On track: at least the share of the target expected if progress were even over the year to the target date. "
        html += "<a href=\"\(root)\(period.period)/data/targets.csv\">targets.csv</a></p>\n</section>\n"
        return html
    }

    /// "Target 400 by 31 March 2014; even progress: 201 by now" for the next target to come.
    static func dueNow(_ period: PublishedPeriod) -> String? {
        guard let row = period.table(TargetsTable.self)?.rows.first(where: { Day(parsing: $0.text(.targetBy)).map { period.period.endDay < $0 } ?? false }),
              let by = Day(parsing: row.text(.targetBy)), let target = Int(row.text(.target)) else { return nil }
        let due = TargetStatus.expected(families: target, by: by, asAt: period.period.endDay)
        return "Target \(HTMLText.grouped(target)) by \(by.longText); even progress: \(HTMLText.grouped(due)) by now"
    }

    /// The first published quarter ending on or after the target date, if it is earlier than
    /// `period` (the quarter whose figure is the target's result).
    static func resultQuarter(by: Day, period: PublishedPeriod, content: SiteContent) -> PublishedPeriod? {
        guard by < period.period.endDay else { return nil }
        guard let first = content.history(upTo: period).first(where: { by <= $0.period.endDay }), first.period < period.period else { return nil }
        return first
    }

    /// Tenths of a percent of the year to `by` that has passed at `day`: where the marker sits.
    static func expectedShare(by: Day, asAt day: Day) -> Int {
        TargetStatus.elapsedDays(by: by, asAt: day) * 1000 / 365
    }
}
