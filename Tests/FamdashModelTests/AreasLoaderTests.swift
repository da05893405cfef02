import Testing
@testable import FamdashModel

@Suite("areas.csv")
struct AreasLoaderTests {
    func load(_ text: String) -> (Areas?, [Diagnostic]) {
        AreasLoader.load(Array(text.utf8), file: "areas.csv")
    }

    @Test("wards keep file order; localities keep order of first appearance")
    func order() throws {
        let areas = try #require(load("ward,locality,code\nAbbey,North,E05001\nSinfin,South,\nDarley,North,\n").0)
        #expect(areas.wards.map(\.name) == ["Abbey", "Sinfin", "Darley"])
        #expect(areas.localities == ["North", "South"])
        #expect(areas.wards[2].locality == 0)
        #expect(areas.wards[0].code == "E05001")
        #expect(areas.wardIndex(named: "  sinfin ") == 1)
    }

    @Test("a ward in two localities names both")
    func twoLocalities() {
        let diagnostics = load("ward,locality\nAbbey,North\nAbbey,South\n").1
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].line == 3)
        #expect(diagnostics[0].column == 7)
        #expect(diagnostics[0].message.contains("two localities: 'North' on line 2 and 'South'"))
    }

    @Test("a ward listed twice")
    func duplicate() {
        let diagnostics = load("ward,locality\nAbbey,North\nABBEY ,North\n").1
        #expect(diagnostics.first?.message.contains("appears twice (first on line 2)") == true)
    }

    @Test("a ward with no locality")
    func noLocality() {
        let diagnostics = load("ward,locality\nAbbey,\n").1
        #expect(diagnostics.first?.line == 2)
        #expect(diagnostics.first?.column == 7)
        #expect(diagnostics.first?.message.contains("has no locality") == true)
    }
}
