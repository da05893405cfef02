import FamdashDisclosure
import FamdashModel

/// Explanations of the methodology page that do not depend on the quarter's figures.
enum MethodologySections {
    /// The symbols a reader meets in tables and files.
    static func symbols(_ period: PublishedPeriod) -> String {
        var html = "<h2 id=\"symbols\">Symbols</h2>\n<dl class=\"definitions\">\n"
        html += "<dt>[c]</dt><dd>Confidential: withheld so that no family can be identified (see Disclosure control). In the CSV on the Web metadata it is the null value.</dd>\n"
        html += "<dt>[r]</dt><dd>Revised: the figure changed after it was first published (see Revisions). Only pages carry it; the CSV files hold the current figure.</dd>\n"
        if period.table("ward-rag") != nil {
            html += "<dt>[x]</dt><dd>Not compared: the ward's figures are withheld or it has no qualifying families.</dd>\n"
        }
        html += "<dt>0.0</dt><dd>A percentage of nothing, or a share that rounds to zero.</dd>\n</dl>\n"
        return html
    }

    /// Each measure with the criterion programme.toml gives for it.
    static func measures(_ settings: Settings) -> String {
        var html = "<h2 id=\"measures\">Measures</h2>\n<p>A family qualifies under a measure when it meets the measure's criterion at the end of the quarter; a family may qualify under several.</p>\n<dl class=\"definitions\">\n"
        for measure in settings.measures {
            let criterion = measure.description.map(HTMLText.escape) ?? "Families recorded as qualifying under this measure in the case-management system."
            html += "<dt>\(HTMLText.escape(measure.label))</dt><dd>\(criterion) <span class=\"hint\">(key <code>\(HTMLText.escape(measure.key))</code> in the CSV files)</span></dd>\n"
        }
        return html + "</dl>\n"
    }

    /// What the RAG statuses mean and how to read them.
    static func rag() -> String {
        var html = "<h2 id=\"rag\">RAG status</h2>\n"
        html += "<p>The lead worker rates each qualifying family's progress on each measure every quarter: <strong>red</strong>, little or no progress; <strong>amber</strong>, some progress; <strong>green</strong>, good progress (the criterion is being met or close to it). "
        html += "<strong>Not assessed</strong> means no rating is recorded yet, usually for a family identified recently. Red + amber + green + not assessed is the measure's qualifying families.</p>\n"
        html += "<p>A RAG status is a professional judgement, not a measurement: compare quarters of one programme rather than programmes with each other. "
        html += "A falling share of green can mean that new families joined, not that families went backwards; the movement table follows the same families from one quarter to the next.</p>\n"
        return html
    }

    /// What a reader may and may not conclude from the published figures.
    static func inference(_ settings: Settings) -> String {
        var html = "<h2 id=\"inference\">What the figures can and cannot tell you</h2>\n<ul>\n"
        html += "<li>You can compare published counts and percentages between wards, localities and quarters, and add published counts up to the totals shown.</li>\n"
        if settings.minCount > 0 {
            html += "<li>You cannot work out a withheld figure: famdash checks every pattern of [c] with a linear-programming solver over every table, total, percentage, ranking and the previous quarter's RAG figures, and withholds more until each [c] could take at least two values. A [c] may be 0 as well as a small number.</li>\n"
            html += "<li>A revised figure's previous value is the figure as published from the earlier extract, not the true count now.</li>\n"
        }
        html += "<li>The figures describe families in the programme, not the population of an area: a ward with more families in the programme may have more need, or more referrals.</li>\n"
        html += "<li>Figures are a snapshot at the end of the quarter; a family counted in one quarter may have left the programme by the next.</li>\n"
        html += "</ul>\n"
        return html
    }
}
