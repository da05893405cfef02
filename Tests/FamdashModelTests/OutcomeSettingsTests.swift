import Testing
@testable import FamdashModel

@Suite("programme.toml: [[outcomes]] and families.csv indicator columns")
struct OutcomeSettingsTests {
    static let head = """
    name = "Stronger Families"
    [[measures]]
    key = "crime"
    label = "Crime"
    [[measures]]
    key = "children"
    label = "Children who need help"

    """

    static let plan = """
    [[outcomes]]
    key = "offending"
    measure = "crime"
    label = "33% fewer proven offences"
    rule = "reduce"
    baseline = "offences_before"
    current = "offences_last_6m"
    by_pct = 33
    baseline_months = 12
    current_months = 6
    [[outcomes]]
    key = "safeguarding"
    measure = "children"
    rule = "step_down"
    baseline = "status_start"
    current = "status_now"
    order = ["lac", "cp", "cin", "early_help", "none"]
    sustained_months = 9
    alone = true
    """

    func load(_ text: String) -> (Settings?, [String]) {
        let (settings, diagnostics) = SettingsLoader.load(Self.head + text, file: "programme.toml")
        return (settings, diagnostics.filter { $0.severity == .error }.map(\.description))
    }

    @Test("the plan is read: rules, columns, sustained months, alone")
    func valid() throws {
        let (settings, errors) = load(Self.plan)
        #expect(errors.isEmpty, "\(errors)")
        let outcomes = try #require(settings?.outcomes)
        #expect(outcomes.map(\.key) == ["offending", "safeguarding"])
        #expect(outcomes[0].rule == .reduce(byPctTenths: 330, baselineMonths: 12, currentMonths: 6))
        #expect(outcomes[0].sustainedMonths == 6 && outcomes[1].sustainedMonths == 9)
        #expect(outcomes[1].rule == .stepDown(order: ["lac", "cp", "cin", "early_help", "none"]))
        #expect(outcomes[1].alone && !outcomes[0].alone)
    }

    @Test("an outcome whose measure is not declared, an unknown rule and a sustained period that is not whole quarters")
    func errors() {
        let text = Self.plan.replacingOccurrences(of: "measure = \"crime\"", with: "measure = \"offending\"")
            .replacingOccurrences(of: "rule = \"step_down\"", with: "rule = \"stepdown\"")
            .replacingOccurrences(of: "sustained_months = 9", with: "sustained_months = 4")
        let (settings, errors) = load(text)
        #expect(settings == nil)
        #expect(errors == [
            "programme.toml:10:11: error: outcome 'offending' evidences measure 'offending', which is not a [[measures]] key (declared: crime, children)",
            "programme.toml:21:8: error: outcome 'safeguarding' has rule 'stepdown'; write one of reduce, below, at_most, at_least, step_down",
            "programme.toml:25:20: error: sustained_months must be a whole number of months that is a multiple of 3 (a quarter), from 0 to 120",
        ])
    }

    static var settings: Settings {
        SettingsLoader.load(head + plan, file: "programme.toml").settings!
    }

    func loadPeriod(_ header: String, _ rows: [String]) -> (Period?, [String]) {
        let families = ([header] + rows).joined(separator: "\n") + "\n"
        var areas = Areas()
        areas.add(ward: "Abbey", locality: "North")
        let (period, diagnostics) = PeriodLoader.load(.init(families: Array(families.utf8), familiesPath: "families.csv", people: Array("family_id,age\n".utf8), peoplePath: "people.csv"),
                                                      name: PeriodName(year: 2015, quarter: 3), settings: Self.settings, areas: areas)
        return (period, diagnostics.filter { $0.severity == .error }.map(\.description))
    }

    static let header = "family_id,ward,crime,crime_rag,children,children_rag,allocation,offences_before,offences_last_6m,status_start,status_now"

    @Test("indicator cells: numbers with one decimal at most, statuses of order in any case, empty = not recorded")
    func cells() throws {
        let (period, errors) = loadPeriod(Self.header, ["F1,Abbey,Y,G,Y,G,allocated,12,4.5,CP,Early_Help", "F2,Abbey,Y,,N,,allocated,,,,"])
        #expect(errors.isEmpty, "\(errors)")
        let indicators = try #require(period).indicators
        #expect(indicators.baseline(family: 0, outcome: 0) == 120)
        #expect(indicators.current(family: 0, outcome: 0) == 45)
        #expect(indicators.baseline(family: 0, outcome: 1) == 1)
        #expect(indicators.current(family: 0, outcome: 1) == 3)
        #expect(indicators.baseline(family: 1, outcome: 0) == nil)
    }

    @Test("bad indicator cells are errors at their cells; a column the plan names but the file lacks is an error on the header")
    func badCells() {
        let (_, errors) = loadPeriod(Self.header, ["F1,Abbey,Y,G,Y,G,allocated,12.25,four,cp,adopted"])
        #expect(errors == [
            "families.csv:2:28: error: offences_before for outcome 'offending': '12.25' is not a number with at most one decimal place (for example 4 or 12.5); leave it empty when not recorded",
            "families.csv:2:34: error: offences_last_6m for outcome 'offending': 'four' is not a number with at most one decimal place (for example 4 or 12.5); leave it empty when not recorded",
            "families.csv:2:42: error: 'adopted' is not a status of outcome 'safeguarding'; write one of lac, cp, cin, early_help, none (any case), or leave it empty when not recorded",
        ])
        let (_, missing) = loadPeriod("family_id,ward,crime,crime_rag,children,children_rag,allocation,offences_before,status_start,status_now",
                                      ["F1,Abbey,Y,G,Y,G,allocated,12,cp,cin"])
        #expect(missing == ["families.csv:1: error: column 'offences_last_6m' is missing: outcome 'offending' in programme.toml reads it; add the column (empty cells where not recorded) or correct the outcome plan"])
    }
}
