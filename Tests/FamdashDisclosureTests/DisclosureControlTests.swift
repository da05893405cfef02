import FamdashFigures
import FamdashModel
import FamdashTestSupport
import Testing
@testable import FamdashDisclosure

@Suite("disclosure control")
struct DisclosureControlTests {
    /// One count column "n"; `relations` are sums over row indexes equal to a protected total row.
    func figures(_ values: [Int], totals: [(parts: [Int], total: Int)]) -> PeriodFigures {
        var table = FigureTable(name: "t", columns: [.init("n", .count)])
        for value in values { table.append(labels: [], counts: [value]) }
        var protected: Set<CellRef> = []
        var relations: [Relation] = []
        for (parts, total) in totals {
            let totalCell = CellRef(table: 0, row: total, column: 0)
            protected.insert(totalCell)
            relations.append(.sum(parts.map { CellRef(table: 0, row: $0, column: 0) }, equals: totalCell))
        }
        return PeriodFigures(period: PeriodName(year: 2013, quarter: 3), tables: [table], relations: relations, protectedCells: protected)
    }

    func hiddenRows(_ suppression: Suppression) -> [Int] { suppression.cells.map(\.row).sorted() }

    @Test("a lone small count takes the cheapest other cell with it: a zero first")
    func zeroFirst() {
        // 1 + 0 + 7 + 9 = 17: hide 1 (primary) and 0 (cheapest; it hides nothing).
        let suppression = DisclosureControl.suppress(figures([1, 0, 7, 9, 17], totals: [([0, 1, 2, 3], 4)]), minCount: 3)
        #expect(hiddenRows(suppression) == [0, 1])
        #expect(suppression.primary.map(\.row) == [0])
    }

    @Test("otherwise the smallest published count")
    func smallest() {
        // 2 + 4 + 7 = 13: hide 2 and 4; x + y = 6 has many solutions.
        #expect(hiddenRows(DisclosureControl.suppress(figures([2, 4, 7, 13], totals: [([0, 1, 2], 3)]), minCount: 3)) == [0, 1])
    }

    @Test("a count pinned by a combination of relations is found and protected")
    func combination() {
        // x=1, y=6, z=2, w=10; x+y = 7 and x+y+z+w = 19. Pairwise checks pass after hiding
        // x, y, z, but then z = 19 - 7 - 10 is known: w must be hidden too.
        let suppression = DisclosureControl.suppress(figures([1, 6, 2, 10, 7, 19], totals: [([0, 1], 4), ([0, 1, 2, 3], 5)]), minCount: 3)
        #expect(hiddenRows(suppression) == [0, 1, 2, 3])
        #expect(suppression.unprotected.isEmpty)
    }

    @Test("min_count 0 hides nothing")
    func off() {
        #expect(DisclosureControl.suppress(figures([1, 2, 3], totals: [([0, 1], 2)]), minCount: 0) == .none)
    }

    @Test("hidden zeros alone in a sum of zero would be pinned at zero: a non-zero partner is preferred")
    func zeroSum() {
        // Relation A: 1 + 0 + 5 = 6 hides 1 and the 0. Relation B: the 0 + 0 + 8 = 8 then needs a
        // partner for the hidden 0: the other 0 would leave "0 + 0 = 0", so the 8 is taken.
        let suppression = DisclosureControl.suppress(
            figures([1, 0, 5, 6, 0, 8, 8], totals: [([0, 1, 2], 3), ([1, 4, 5], 6)]), minCount: 3)
        #expect(suppression.cells.contains(CellRef(table: 0, row: 5, column: 0)))
        #expect(!suppression.cells.contains(CellRef(table: 0, row: 4, column: 0)))
    }

    @Test("the hand-worked period at min_count 3 passes the audit and hides every 1 and 2")
    func handWorked() {
        let figures = FigureBuilder.figures(settings: HandWorked.settings, areas: HandWorked.areas, period: HandWorked.period)
        let suppression = DisclosureControl.suppress(figures, minCount: 3)
        for cell in figures.countCells where (1...2).contains(figures.value(cell)) {
            #expect(suppression.cells.contains(cell), "\(cell) = \(figures.value(cell)) should be hidden")
        }
        let published = PublishedPeriod(figures: figures, suppression: suppression, minCount: 3)
        #expect(DisclosureAudit.pinned(published).isEmpty)
        // Summary totals are exact unless under min_count: claims (2) is hidden.
        #expect(published.summary.map(\.value) == [.count(7), .count(13), .count(5), .suppressed])
    }

    @Test("no suppressed count can be solved from the published figures, over 300 random programmes")
    func audit() {
        var random = RandomProgramme(state: 20131231)
        var suppressedTotal = 0
        for trial in 0..<300 {
            let (settings, areas, period) = random.make()
            let figures = FigureBuilder.figures(settings: settings, areas: areas, period: period)
            let suppression = DisclosureControl.suppress(figures, minCount: settings.minCount)
            let published = PublishedPeriod(figures: figures, suppression: suppression, minCount: settings.minCount)
            suppressedTotal += suppression.cells.count
            // Every primary cell is hidden, every published count is the true one.
            for cell in figures.countCells {
                let value = figures.value(cell)
                if value > 0 && value < settings.minCount { #expect(suppression.cells.contains(cell), "trial \(trial): \(cell)") }
            }
            let pinned = DisclosureAudit.pinned(published)
            #expect(pinned.isEmpty, "trial \(trial) (min_count \(settings.minCount)): \(pinned) can be worked out")
            #expect(suppression.unprotected.isEmpty, "trial \(trial)")
        }
        #expect(suppressedTotal > 1000, "the random programmes should exercise suppression")
    }

    @Test("the audit itself catches primary-only suppression")
    func auditCanFail() {
        let figures = HandWorked.figures
        let primaryOnly = Set(figures.countCells.filter { (1...2).contains(figures.value($0)) })
        let weak = Suppression(cells: primaryOnly, primary: primaryOnly, unprotected: [])
        #expect(!DisclosureAudit.pinned(PublishedPeriod(figures: figures, suppression: weak, minCount: 3)).isEmpty)
    }

    @Test("the same figures always give the same pattern")
    func deterministic() {
        var random = RandomProgramme(state: 7)
        let (settings, areas, period) = random.make()
        let figures = FigureBuilder.figures(settings: settings, areas: areas, period: period)
        let first = DisclosureControl.suppress(figures, minCount: 5)
        for _ in 0..<5 { #expect(DisclosureControl.suppress(figures, minCount: 5) == first) }
    }
}
