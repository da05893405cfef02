import Testing
@testable import FamdashModel

/// Small period fixtures: two measures, three wards.
enum PeriodFixture {
    static let settings = Settings(name: "Test", measures: [Measure(key: "crime", label: "Crime"), Measure(key: "school", label: "School")])

    static var areas: Areas {
        var areas = Areas()
        areas.add(ward: "Abbey", locality: "North")
        areas.add(ward: "Sinfin", locality: "South")
        areas.add(ward: "Darley", locality: "North")
        return areas
    }

    static let header = "family_id,ward,crime,crime_rag,school,school_rag,allocation,lead_agency,level,rollout_group,identified_on,allocated_on,claimed_on"

    static func load(_ familyRows: [String], people: String = "family_id,age\n", header: String = header)
        -> (Period?, [Diagnostic]) {
        let families = ([header] + familyRows).joined(separator: "\n") + "\n"
        return PeriodLoader.load(.init(families: Array(families.utf8), familiesPath: "families.csv",
                                       people: Array(people.utf8), peoplePath: "people.csv"),
                                 name: PeriodName(year: 2013, quarter: 3), settings: settings, areas: areas)
    }

    static func errors(_ familyRows: [String], people: String = "family_id,age\n") -> [Diagnostic] {
        load(familyRows, people: people).1.filter { $0.severity == .error }
    }
}

@Suite("families.csv and people.csv")
struct PeriodLoaderTests {
    @Test("a valid period: flags, RAG, allocation, dates in both forms, people and ages")
    func valid() throws {
        let (period, diagnostics) = PeriodFixture.load([
            "F1,Abbey,Y,R,n,,allocated,FIP,high,2,2013-07-01,02/08/2013,",
            "F2, sinfin ,yes,a,0,,not_to_be_allocated,,,,,,",
            "F3,,true,,FALSE,,Yet_To_Be_Allocated,,LOW,,,,",
        ], people: "family_id,age\nF1,34\nF1,12\nF2,\nF2,120\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let found = try #require(period)
        #expect(found.families.map(\.ward) == [0, 1, nil])
        #expect(found.families.map(\.qualifies) == [[true, false], [true, false], [true, false]])
        #expect(found.families[0].rag[0] == .red)
        #expect(found.families[1].rag[0] == .amber)
        #expect(found.families[2].rag[0] == nil)
        #expect(found.families.map(\.allocation) == [.allocated, .notToBeAllocated, .yetToBeAllocated])
        #expect(found.agencies == ["FIP"])
        #expect(found.families[0].allocatedOn == Day(year: 2013, month: 8, day: 2))
        #expect(found.families.map(\.people) == [2, 2, 0])
        #expect(found.peopleByAge[34] == 1 && found.peopleByAge[12] == 1 && found.peopleByAge[120] == 1)
        #expect(found.peopleWithUnknownAge == 1)
    }

    @Test("an unknown ward suggests the nearest known ward")
    func unknownWard() {
        let errors = PeriodFixture.errors(["F1,Sinfen,Y,,N,,allocated,,,,,,"])
        #expect(errors.count == 1)
        #expect(errors[0].line == 2 && errors[0].column == 4)
        #expect(errors[0].message.contains("did you mean 'Sinfin'?"))
    }

    @Test("a duplicate family_id names the line of its first occurrence")
    func duplicateID() {
        let errors = PeriodFixture.errors(["F1,Abbey,Y,,N,,allocated,,,,,,", "F2,Abbey,Y,,N,,allocated,,,,,,", "F1,Abbey,Y,,N,,allocated,,,,,,"])
        #expect(errors.count == 1)
        #expect(errors[0].line == 4 && errors[0].column == 1)
        #expect(errors[0].message.contains("first used on line 2"))
    }

    @Test("a RAG on a measure the family does not qualify for")
    func ragNotQualified() {
        let errors = PeriodFixture.errors(["F1,Abbey,Y,,N,G,allocated,,,,,,"])
        #expect(errors.count == 1)
        #expect(errors[0].line == 2 && errors[0].column == 15)
        #expect(errors[0].message.contains("does not qualify under School"))
    }

    @Test("bad RAG, flag and missing-value markers")
    func badValues() {
        let errors = PeriodFixture.errors([
            "F1,Abbey,Y,X,N,,allocated,,,,,,",
            "F2,Abbey,NA,,N,,allocated,,,,,,",
            "F3,NULL,Y,,N,,allocated,,,,,,",
            "F4,Abbey,Y,,maybe,,allocated,,,,,,",
        ])
        #expect(errors.map(\.line) == [2, 3, 4, 5])
        #expect(errors[0].message.contains("write R, A or G"))
        #expect(errors[1].message.contains("missing-value marker"))
        #expect(errors[2].message.contains("missing-value marker"))
        #expect(errors[3].message.contains("write Y or N"))
    }

    @Test("an allocation typo suggests the right value")
    func allocationTypo() {
        let errors = PeriodFixture.errors(["F1,Abbey,Y,,N,,alocated,,,,,,"])
        #expect(errors.first?.column == 16)
        #expect(errors.first?.message.contains("did you mean 'allocated'?") == true)
    }

    @Test("a lead agency on a family that is not allocated")
    func agencyNotAllocated() {
        let errors = PeriodFixture.errors(["F1,Abbey,Y,,N,,yet_to_be_allocated,FIP,,,,,"])
        #expect(errors.first?.message.contains("only for allocated families") == true)
    }

    @Test("Excel-mangled dates and numbers")
    func excelDamage() {
        let errors = PeriodFixture.errors([
            "F1,Abbey,Y,,N,,allocated,,,1.2E+3,,,",
            "F2,Abbey,Y,,N,,allocated,,,,41275,,",
            "F3,Abbey,Y,,N,,allocated,,,,2013-02-30,,",
            "F4,Abbey,Y,,N,,allocated,,,,,N/A,",
        ])
        #expect(errors.map(\.line) == [2, 3, 4, 5])
        #expect(errors[0].message.contains("scientific notation"))
        #expect(errors[1].message.contains("Excel date serial"))
        #expect(errors[2].message.contains("not a date"))
        #expect(errors[3].message.contains("missing-value marker"))
    }

    @Test("ages out of range, fractional or missing markers; people whose family is missing")
    func people() {
        let errors = PeriodFixture.errors(["F1,Abbey,Y,,N,,allocated,,,,,,"],
                                          people: "family_id,age\nF1,121\nF1,-1\nF1,7.5\nF1,NA\nF9,3\n")
        #expect(errors.map(\.line) == [2, 3, 4, 5, 6])
        #expect(errors[0].message.contains("outside 0-120"))
        #expect(errors[1].message.contains("outside 0-120"))
        #expect(errors[2].message.contains("whole number"))
        #expect(errors[3].message.contains("missing-value marker"))
        #expect(errors[4].message.contains("not in this period's families.csv"))
        #expect(errors[0].file == "people.csv")
    }

    @Test("every problem is listed, not just the first")
    func allProblems() {
        let errors = PeriodFixture.errors(["F1,Nowhere,Y,,N,,allocated,,,,,,", "F2,Abbey,Q,,N,,allocated,,,,,,", "F3,Abbey,Y,,N,,sideways,,,,,,"])
        #expect(errors.count == 3)
    }

    @Test("claim on a family not allocated, and dates after the quarter: warnings")
    func consistencyWarnings() {
        let (period, diagnostics) = PeriodFixture.load(["F1,Abbey,Y,,N,,yet_to_be_allocated,,,,2013-07-01,,2013-08-01",
                                                        "F2,Abbey,Y,,N,,allocated,,,,2013-08-01,2013-07-01,2014-01-05"])
        #expect(period != nil)
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics.contains { $0.message.contains("claim is recorded") })
        #expect(diagnostics.contains { $0.message.contains("before identified_on") })
        #expect(diagnostics.contains { $0.message.contains("after the end of the quarter") })
    }
}

@Suite("period names and days")
struct PeriodNameTests {
    @Test func names() {
        #expect(PeriodName("2013-Q3") == PeriodName(year: 2013, quarter: 3))
        #expect(PeriodName("2013-Q5") == nil)
        #expect(PeriodName("2013Q3") == nil)
        #expect(PeriodName(year: 2013, quarter: 3).monthsLabel == "July to September 2013")
        #expect(PeriodName(year: 2013, quarter: 3).financialLabel == "2013/14 Q2")
        #expect(PeriodName(year: 2014, quarter: 1).financialLabel == "2013/14 Q4")
        #expect(PeriodName(year: 2013, quarter: 4).endDay == Day(year: 2013, month: 12, day: 31))
    }

    @Test func days() {
        #expect(Day(parsing: "2012-02-29") != nil)
        #expect(Day(parsing: "2013-02-29") == nil)
        #expect(Day(parsing: "1/9/2013") == Day(year: 2013, month: 9, day: 1))
        #expect(Day(parsing: "2013/09/01") == nil)
    }
}
