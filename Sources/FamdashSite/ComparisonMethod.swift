/// The methodology page's account of how wards and localities are compared with the authority.
enum ComparisonMethod {
    static let html = """
    <h2 id="comparison">Comparing wards and localities with the authority</h2>
    <p>For each measure, a ward's share of qualifying families rated green is compared with the share across the whole authority, the way public-health dashboards compare areas with England. \
    We draw a 95% confidence interval around the ward's share (the Wilson score interval, with z = 1.959964) and say:</p>
    <ul>
    <li><strong>▲ better</strong> when the whole interval lies above the authority's share;</li>
    <li><strong>● similar</strong> when the interval holds or touches it;</li>
    <li><strong>▼ worse</strong> when the whole interval lies below it;</li>
    <li><strong>[x]</strong> when the ward's qualifying families or its green families are withheld ([c]), or no family qualifies.</li>
    </ul>
    <p>Why an interval, when every family is counted? The families in a ward this quarter are one of many groups that could have come about by chance: a few families more or less rated green moves a small ward's share a long way. \
    The interval says how far the share could move by chance alone, so a ward is called better or worse only when the difference is larger than that. Small wards are nearly always <em>similar</em>. \
    The test is decided in exact whole-number arithmetic, so a ward on the edge is never misjudged by rounding. A locality is compared in the same way, from the sums of its wards' published counts; where one of them is withheld, it is not compared.</p>
    <p>Rates beside counts (families allocated a lead worker, families with a claim made) are percentages of the area's families, shown beside the authority's rate.</p>

    """
}
