import Testing
@testable import FamdashModel

@Suite("programme.toml: release settings")
struct ReleaseSettingsTests {
    static let base = """
    name = "Priority Families"
    [[measures]]
    key = "crime"
    label = "Crime"
    description = "A young person with a proven offence in the last 12 months"
    [disclosure]
    min_count = 5

    """

    /// `top`: lines before the first table (top-level keys).
    func load(_ text: String, top: String = "") -> (Settings?, [Diagnostic]) {
        SettingsLoader.load(top + Self.base + text, file: "programme.toml")
    }

    @Test("contact, next_update as a month or a day, published dates as strings or TOML dates, measure descriptions")
    func valid() throws {
        let (settings, diagnostics) = load("""
        [release]
        next_update = "2014-05"
        [release.published]
        "2013-Q3" = "2013-11-20"
        "2013-Q4" = 2014-02-19
        """, top: "contact = \"Priority Families team, pf@example.gov.uk\"\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let release = try #require(settings?.release)
        #expect(release.contact == "Priority Families team, pf@example.gov.uk")
        #expect(release.nextUpdate == .month(year: 2014, month: 5))
        #expect(release.nextUpdate?.longText == "May 2014")
        #expect(release.published == [PeriodName(year: 2013, quarter: 3): Day(year: 2013, month: 11, day: 20)!,
                                      PeriodName(year: 2013, quarter: 4): Day(year: 2014, month: 2, day: 19)!])
        #expect(settings?.measures.first?.description == "A young person with a proven offence in the last 12 months")
        #expect(ReleaseDate(parsing: "2014-05-15")?.longText == "15 May 2014")
    }

    @Test("none of it is required")
    func optional() throws {
        let (settings, diagnostics) = load("")
        #expect(diagnostics.isEmpty)
        #expect(settings?.release == ReleaseSettings())
    }

    @Test("every bad value is an error at its line: a bad month, a bad quarter, a date before the quarter ended")
    func errors() {
        let (settings, diagnostics) = load("""
        [release]
        next_update = "May 2014"
        [release.published]
        "2013-Q5" = "2013-11-20"
        "2013-Q3" = "2013-09-01"
        "2013-Q4" = "soon"
        """)
        #expect(settings == nil)
        #expect(diagnostics.map(\.description) == [
            "programme.toml:9:15: error: next_update must be a date \"YYYY-MM-DD\" or a month \"YYYY-MM\", for example next_update = \"2014-05\"",
            "programme.toml:12:13: error: 2013-Q3 cannot have been published on 2013-09-01, before the quarter ended (2013-09-30)",
            "programme.toml:13:13: error: the published date of 2013-Q4 must be a date, YYYY-MM-DD, for example \"2013-Q4\" = \"2013-11-20\"",
            "programme.toml:11:13: error: '2013-Q5' is not a quarter; write quarters as YYYY-Qn, for example \"2013-Q3\" = \"2013-11-20\"",
        ])
    }
}
