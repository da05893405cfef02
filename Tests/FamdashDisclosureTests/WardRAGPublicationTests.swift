import FamdashFigures
import FamdashModel
import Testing
@testable import FamdashDisclosure

@Suite("ward-rag as published")
struct WardRAGPublicationTests {
    /// Two wards, one measure. North: 12 qualifiers, 2 red, 5 amber, 5 green. South: 10
    /// qualifiers, 3 red, 3 amber, 4 green.
    static var figures: PeriodFigures {
        var areas = Areas()
        areas.add(ward: "North", locality: "All")
        areas.add(ward: "South", locality: "All")
        let settings = Settings(name: "Test", measures: [Measure(key: "crime", label: "Crime")], minCount: 3)
        var families: [Family] = []
        func add(_ ward: Int, _ rag: RAG, _ count: Int) {
            for _ in 0..<count {
                families.append(Family(id: "F\(families.count)", ward: ward, qualifies: [true], rag: [rag], allocation: .allocated, people: 1))
            }
        }
        add(0, .red, 2); add(0, .amber, 5); add(0, .green, 5)
        add(1, .red, 3); add(1, .amber, 3); add(1, .green, 4)
        let period = Period(name: PeriodName(year: 2013, quarter: 3), families: families, agencies: [], peopleByAge: Array(repeating: 0, count: 121),
                            peopleWithUnknownAge: 22)
        return PeriodFigures(PeriodInput(settings: settings, areas: areas, period: period))
    }

    @Test("a ward with a suppressed count keeps its qualifiers but its comparison is [x]")
    func suppressed() throws {
        let figures = Self.figures
        let suppression = try DisclosureControl.suppress(figures, minCount: 3)
        let published = PublishedPeriod(figures: figures, suppression: suppression, minCount: 3)
        let table = try #require(published.table("ward-rag"))
        let north = try #require(table.row(.pair(.ward(0), .measure(0))))
        // North's 2 red is primary: North is never compared while red alone is withheld only
        // if green and qualifiers stay published.
        #expect(north[3] == .suppressed)
        let comparedOrWithheld = north[2] == .suppressed || north[5] == .suppressed ? PublishedValue.text("[x]") : .text("similar")
        #expect(north[8] == comparedOrWithheld)
        // A published comparison is one of the three words; a withheld green is never compared.
        for row in table.rows {
            #expect(["better", "similar", "worse", "[x]"].contains(row[8].csvText))
            if row[5] == .suppressed || row[2] == .suppressed { #expect(row[8] == .text("[x]")) }
        }
    }

    @Test("the comparison and green_pct are withheld with qualifiers, even where green is 0")
    func withheldWithBase() throws {
        let figures = Self.figures
        let table = try #require(figures.tableIndex("ward-rag"))
        let qualifiers = CellRef(table: table, row: 0, column: 2)
        let hidden = Suppression(cells: [qualifiers], primary: [])
        let published = PublishedPeriod(figures: figures, suppression: hidden, minCount: 3)
        let north = try #require(published.table("ward-rag")?.row(.pair(.ward(0), .measure(0))))
        #expect(north[2] == .suppressed)
        #expect(north[5] == .count(5))
        #expect(north[7] == .suppressed)
        #expect(north[8] == .text("[x]"))
        // Unsuppressed: 5 of 12 against the authority's 9 of 22 is similar; 41.7%.
        let open = PublishedPeriod(figures: figures, suppression: .none, minCount: 0)
        let row = try #require(open.table("ward-rag")?.row(.pair(.ward(0), .measure(0))))
        #expect(row[7] == .percent(417))
        #expect(row[8] == .text("similar"))
    }

    @Test("no ward is compared while the authority's green is withheld: each word would bound it")
    func withheldBenchmark() throws {
        let figures = Self.figures
        let rag = try #require(figures.tableIndex("rag"))
        // rag.csv's crime row: qualifiers, red, amber, green (9), not assessed.
        let green = CellRef(table: rag, row: 0, column: 4)
        let published = PublishedPeriod(figures: figures, suppression: Suppression(cells: [green], primary: []), minCount: 3)
        let table = try #require(published.table("ward-rag"))
        let north = try #require(table.row(.pair(.ward(0), .measure(0))))
        // North's own counts are all published (5 green of 12), yet it is not compared.
        #expect(north[5] == .count(5) && north[2] == .count(12))
        #expect(north[8] == .text("[x]"))
        #expect(table.rows.allSatisfy { $0[8] == .text("[x]") })
    }
}
