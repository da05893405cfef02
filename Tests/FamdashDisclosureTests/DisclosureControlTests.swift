import FamdashFigures
import FamdashModel
import FamdashTestSupport
import Testing
@testable import FamdashDisclosure

@Suite("disclosure control")
struct DisclosureControlTests {
    /// Table 0 holds the parts (one count column "n"), table 1 the protected totals; each
    /// relation says that some parts add up to one total.
    func figures(_ values: [Int], totals: [(parts: [Int], total: Int)]) -> PeriodFigures {
        var parts = FigureTable(name: "t", file: .csv, columns: [ColumnSpec(name: "n", kind: .count(.none))])
        var wholes = FigureTable(name: "totals", file: .csv, columns: [ColumnSpec(name: "n", kind: .count(.never))])
        let totalRows = Set(totals.map(\.total))
        var rowOf: [Int: CellRef] = [:]
        for (index, value) in values.enumerated() {
            if totalRows.contains(index) {
                rowOf[index] = CellRef(table: 1, row: wholes.rows.count, column: 0)
                wholes.append(.init(key: .item("\(index)"), labels: [""], numbers: [value]))
            } else {
                rowOf[index] = CellRef(table: 0, row: parts.rows.count, column: 0)
                parts.append(.init(key: .item("\(index)"), labels: [""], numbers: [value]))
            }
        }
        let relations = totals.map { Relation.sum($0.parts.map { rowOf[$0]! }, equals: rowOf[$0.total]!) }
        return PeriodFigures(period: PeriodName(year: 2013, quarter: 3), tables: [parts, wholes], relations: relations)
    }

    /// The indexes, in `values`, of the hidden parts.
    func hiddenRows(_ suppression: Suppression, _ figures: PeriodFigures) -> [Int] {
        suppression.cells.map { cell -> Int in
            guard case .item(let index) = figures.tables[cell.table].rows[cell.row].key else { return -1 }
            return Int(index) ?? -1
        }.sorted()
    }

    func suppress(_ values: [Int], totals: [(parts: [Int], total: Int)], minCount: Int) throws -> [Int] {
        let figures = figures(values, totals: totals)
        return hiddenRows(try DisclosureControl.suppress(figures, minCount: minCount), figures)
    }

    @Test("a lone small count takes the cheapest other cell with it: a zero first")
    func zeroFirst() throws {
        // 1 + 0 + 7 + 9 = 17: hide 1 (primary) and 0 (cheapest; it hides nothing).
        let figures = figures([1, 0, 7, 9, 17], totals: [([0, 1, 2, 3], 4)])
        let suppression = try DisclosureControl.suppress(figures, minCount: 3)
        #expect(hiddenRows(suppression, figures) == [0, 1])
        #expect(suppression.primary.map(\.row) == [0])
    }

    @Test("otherwise the smallest published count")
    func smallest() throws {
        // 2 + 4 + 7 = 13: hide 2 and 4; x + y = 6 has many solutions.
        #expect(try suppress([2, 4, 7, 13], totals: [([0, 1, 2], 3)], minCount: 3) == [0, 1])
    }

    @Test("a count pinned by a combination of relations is found and protected")
    func combination() throws {
        // x=1, y=6, z=2, w=10; x+y = 7 and x+y+z+w = 19. Pairwise checks pass after hiding
        // x, y, z, but then z = 19 - 7 - 10 is known: w must be hidden too.
        #expect(try suppress([1, 6, 2, 10, 7, 19], totals: [([0, 1], 4), ([0, 1, 2, 3], 5)], minCount: 3) == [0, 1, 2, 3])
    }

    @Test("min_count 0 hides nothing")
    func off() throws {
        #expect(try DisclosureControl.suppress(figures([1, 2, 3], totals: [([0, 1], 2)]), minCount: 0) == .none)
    }

    @Test("hidden zeros alone in a sum of zero would be pinned at zero: a non-zero partner is preferred")
    func zeroSum() throws {
        // Relation A: 1 + 0 + 5 = 6 hides 1 and the 0. Relation B: the 0 + 0 + 8 = 8 then needs a
        // partner for the hidden 0: the other 0 would leave "0 + 0 = 0", so the 8 is taken.
        let hidden = try suppress([1, 0, 5, 6, 0, 8, 8], totals: [([0, 1, 2], 3), ([1, 4, 5], 6)], minCount: 3)
        #expect(hidden.contains(5))
        #expect(!hidden.contains(4))
    }

    @Test("the hand-worked period at min_count 3 passes the audit and hides every 1 and 2")
    func handWorked() throws {
        let figures = HandWorked.figures
        let suppression = try DisclosureControl.suppress(figures, minCount: 3)
        for cell in figures.numberCells where (1...2).contains(figures.value(cell)) {
            #expect(suppression.cells.contains(cell), "\(cell) = \(figures.value(cell)) should be hidden")
        }
        let published = PublishedPeriod(figures: figures, suppression: suppression, minCount: 3)
        #expect(DisclosureAudit.pinned(published).isEmpty)
        // Summary totals are exact unless under min_count: claims (2) is hidden.
        #expect(SummaryTable.Column.allCases.map { published.total($0) } == [.count(7), .count(13), .count(5), .suppressed])
    }

    @Test("no suppressed count can be solved from the published figures, over 300 random programmes")
    func audit() throws {
        var random = RandomProgramme(state: 20131231)
        var suppressedTotal = 0
        for trial in 0..<300 {
            let (settings, areas, period) = random.make()
            let figures = PeriodFigures(PeriodInput(settings: settings, areas: areas, period: period))
            let suppression = try DisclosureControl.suppress(figures, minCount: settings.minCount)
            let published = PublishedPeriod(figures: figures, suppression: suppression, minCount: settings.minCount)
            suppressedTotal += suppression.cells.count
            // Every primary cell is hidden, every published count is the true one.
            for cell in figures.numberCells {
                let value = figures.value(cell)
                if value > 0 && value < settings.minCount { #expect(suppression.cells.contains(cell), "trial \(trial): \(cell)") }
            }
            let pinned = DisclosureAudit.pinned(published)
            #expect(pinned.isEmpty, "trial \(trial) (min_count \(settings.minCount)): \(pinned) can be worked out")
        }
        #expect(suppressedTotal > 1000, "the random programmes should exercise suppression")
    }

    @Test("the audit itself catches primary-only suppression")
    func auditCanFail() {
        let figures = HandWorked.figures
        let primaryOnly = Set(figures.numberCells.filter { (1...2).contains(figures.value($0)) })
        let weak = Suppression(cells: primaryOnly, primary: primaryOnly)
        #expect(!DisclosureAudit.pinned(PublishedPeriod(figures: figures, suppression: weak, minCount: 3)).isEmpty)
    }

    @Test("the same figures always give the same pattern")
    func deterministic() throws {
        var random = RandomProgramme(state: 7)
        let (settings, areas, period) = random.make()
        let figures = PeriodFigures(PeriodInput(settings: settings, areas: areas, period: period))
        let first = try DisclosureControl.suppress(figures, minCount: 5)
        for _ in 0..<5 { #expect(try DisclosureControl.suppress(figures, minCount: 5) == first) }
    }
}
