import Testing
@testable import FamdashModel

@Suite("programme.toml: [finance] claims, years and funded")
struct FinanceSettingsTests {
    static let head = """
    name = "Troubled Families"
    [[measures]]
    key = "crime"
    label = "Crime"

    """

    func load(_ finance: String) -> (Settings?, [String]) {
        let (settings, diagnostics) = SettingsLoader.load(Self.head + finance, file: "programme.toml")
        return (settings, diagnostics.filter { $0.severity == .error }.map(\.description))
    }

    static let barnet = """
    [finance]
    funded = "5/6"
    [[finance.claims]]
    key = "outcomes"
    label = "Crime, anti-social behaviour and education result"
    turned_around = true
    [[finance.claims]]
    key = "progress_to_work"
    label = "Progress to work"
    turned_around = false
    [[finance.years]]
    from = "2012-04-01"
    attachment_fee = 3200
    results = { outcomes = 700, progress_to_work = 100 }
    [[finance.years]]
    from = "2013-04-01"
    attachment_fee = 2400
    results = { outcomes = 1400, progress_to_work = 200 }
    """

    @Test("kinds, years and the funded share are read; attachment_fee and results_payment are not needed")
    func barnet() throws {
        let (settings, errors) = load(Self.barnet)
        #expect(errors.isEmpty, "\(errors)")
        let finance = try #require(settings?.finance)
        #expect(finance.claims.map(\.key) == ["outcomes", "progress_to_work"])
        #expect(finance.claims.map(\.turnedAround) == [true, false])
        #expect(finance.years.map(\.attachmentFee) == [3200, 2400])
        #expect(finance.years.map(\.results) == [[700, 100], [1400, 200]])
        #expect(finance.funded == Finance.Share(5, 6))
        #expect(finance.year(of: Day(year: 2013, month: 3, day: 31)!) == 0)
        #expect(finance.year(of: Day(year: 2013, month: 4, day: 1)!) == 1)
        #expect(finance.year(of: Day(year: 2011, month: 1, day: 1)!) == 0)
    }

    @Test("a claim kind with no rate in a year is an error at that year's results line")
    func missingRate() {
        let text = Self.barnet.replacingOccurrences(of: "results = { outcomes = 1400, progress_to_work = 200 }", with: "results = { outcomes = 1400 }")
        let (settings, errors) = load(text)
        #expect(settings == nil)
        // The second year's results line (the head is four lines).
        #expect(errors == ["programme.toml:22:11: error: the year from 2013-04-01 has no results rate for the claim kind 'progress_to_work' (whole pounds, 0 or more); every kind needs a rate in every year"])
    }

    @Test("years out of date order are an error at the later entry's from")
    func order() {
        let text = Self.barnet.replacingOccurrences(of: "from = \"2013-04-01\"", with: "from = \"2012-01-01\"")
        let (_, errors) = load(text)
        #expect(errors == ["programme.toml:20:8: error: [[finance.years]] from 2012-01-01 is not after the entry before it (2012-04-01); list the years in date order"])
    }

    @Test("funded must be a fraction from 0 to 1", arguments: ["\"7/6\"", "\"5/0\"", "\"five sixths\"", "0.8333"])
    func funded(_ value: String) {
        let (_, errors) = load("[finance]\nattachment_fee = 3200\nresults_payment = 800\nfunded = \(value)\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("programme.toml:8:10: error: funded must be a fraction") == true)
    }

    @Test("the flat framework of the top of DATA.md still works")
    func flat() throws {
        let (settings, errors) = load("[finance]\nattachment_fee = 3200\nresults_payment = 800\n")
        #expect(errors.isEmpty)
        let finance = try #require(settings?.finance)
        // One kind of claim, one year for the whole programme, every fee paid.
        #expect(finance.claims.isEmpty)
        #expect(finance.years.count == 1)
        #expect(finance.years.first?.attachmentFee == 3200)
        #expect(finance.years.first?.results == [800])
        #expect(finance.funded == Finance.Share(1, 1))
    }
}

@Suite("families.csv: claim_type")
struct ClaimTypeTests {
    static var settings: Settings {
        var settings = PeriodFixture.settings
        settings.finance = Finance(claims: [Finance.ClaimKind(key: "outcomes", label: "Outcomes", turnedAround: true),
                                            Finance.ClaimKind(key: "employment", label: "Employment", turnedAround: true)],
                                   years: [Finance.Year(from: Day(year: 2012, month: 4, day: 1)!, attachmentFee: 3200, results: [700, 800])])
        return settings
    }

    func load(_ rows: [String]) -> (Period?, [String]) {
        let header = PeriodFixture.header + ",claim_type"
        let families = ([header] + rows).joined(separator: "\n") + "\n"
        let (period, diagnostics) = PeriodLoader.load(.init(families: Array(families.utf8), familiesPath: "families.csv", people: Array("family_id,age\n".utf8), peoplePath: "people.csv"),
                                                      name: PeriodName(year: 2013, quarter: 3), settings: Self.settings, areas: PeriodFixture.areas)
        return (period, diagnostics.filter { $0.severity == .error }.map(\.description))
    }

    @Test("every problem is reported at its cell: missing, not a key, without a claim")
    func errors() {
        let (period, errors) = load([
            "F1,Abbey,Y,R,N,,allocated,FIP,high,2,2013-07-01,2013-07-02,2013-08-01,outcomes",
            "F2,Abbey,Y,R,N,,allocated,FIP,high,2,2013-07-01,2013-07-02,2013-08-01,",
            "F3,Abbey,Y,R,N,,allocated,FIP,high,2,2013-07-01,2013-07-02,2013-08-01,employmnet",
            "F4,Abbey,Y,R,N,,allocated,FIP,high,2,2013-07-01,2013-07-02,,outcomes",
        ])
        #expect(period == nil)
        #expect(errors == [
            "families.csv:3:71: error: a claim is made (claimed_on) but claim_type is empty; write one of outcomes, employment",
            "families.csv:4:71: error: claim_type 'employmnet' is not a [[finance.claims]] key; did you mean 'employment'? (allowed: outcomes, employment)",
            "families.csv:5:61: error: claim_type 'outcomes' is given but claimed_on is empty; a claim type belongs to a claim made (set claimed_on or clear claim_type)",
        ])
    }

    @Test("a valid claim_type is the kind's index")
    func valid() throws {
        let (period, errors) = load(["F1,Abbey,Y,R,N,,allocated,FIP,high,2,2013-07-01,2013-07-02,2013-08-01,employment"])
        #expect(errors.isEmpty)
        #expect(try #require(period).families[0].claimType == 1)
    }
}
