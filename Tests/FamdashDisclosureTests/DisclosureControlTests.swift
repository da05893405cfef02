import FamdashFigures
import FamdashModel
import FamdashTestSupport
import Foundation
import Testing
@testable import FamdashDisclosure

/// Small figure sets written by hand: table 0 holds the parts (one count column), table 1 the
/// totals (never chosen for secondary suppression), and each relation says some parts add
/// up to one total.
struct HandFigures {
    var figures: PeriodFigures
    var cellOf: [Int: CellRef] = [:]

    init(_ values: [Int], totals: [(parts: [Int], total: Int)], extra: [Relation] = []) {
        var parts = FigureTable(name: "t", file: .csv, columns: [ColumnSpec(name: "n", kind: .count(.none))])
        var wholes = FigureTable(name: "totals", file: .csv, columns: [ColumnSpec(name: "n", kind: .count(.never))])
        let totalRows = Set(totals.map(\.total))
        var cellOf: [Int: CellRef] = [:]
        for (index, value) in values.enumerated() {
            if totalRows.contains(index) {
                cellOf[index] = CellRef(table: 1, row: wholes.rows.count, column: 0)
                wholes.append(.init(key: .item("\(index)"), labels: [""], numbers: [value]))
            } else {
                cellOf[index] = CellRef(table: 0, row: parts.rows.count, column: 0)
                parts.append(.init(key: .item("\(index)"), labels: [""], numbers: [value]))
            }
        }
        let relations = totals.map { total in Relation.sum(total.parts.compactMap { cellOf[$0] }, equals: cellOf[total.total]!) }
        figures = PeriodFigures(period: PeriodName(year: 2013, quarter: 3), tables: [parts, wholes], relations: relations + extra)
        self.cellOf = cellOf
    }

    /// The indexes, in the values given, of hidden cells.
    func indexes(_ cells: some Sequence<CellRef>) -> [Int] {
        cells.compactMap { cell in cellOf.first { $0.value == cell }?.key }.sorted()
    }

    func suppress(minCount: Int, audit: DisclosureControl.Audit = .solver) throws -> [Int] {
        indexes(try DisclosureControl.suppress(figures, minCount: minCount, audit: audit).cells)
    }
}

@Suite("disclosure control")
struct DisclosureControlTests {
    @Test("a lone small count takes the cheapest other cell with it: a zero first")
    func zeroFirst() throws {
        // 1 + 0 + 7 + 9 = 17: hide 1 (primary) and 0 (cheapest; it hides nothing).
        let hand = HandFigures([1, 0, 7, 9, 17], totals: [([0, 1, 2, 3], 4)])
        let suppression = try DisclosureControl.suppress(hand.figures, minCount: 3)
        #expect(hand.indexes(suppression.cells) == [0, 1])
        #expect(hand.indexes(suppression.primary) == [0])
    }

    @Test("otherwise the smallest published count")
    func smallest() throws {
        // 2 + 4 + 7 = 13: hide 2 and 4; x + y = 6 has many solutions.
        #expect(try HandFigures([2, 4, 7, 13], totals: [([0, 1, 2], 3)]).suppress(minCount: 3) == [0, 1])
    }

    @Test("a count pinned by a combination of relations is found and protected")
    func combination() throws {
        // x=1, y=6, z=2, w=10; x+y = 7 and x+y+z+w = 19. Pairwise checks pass after hiding
        // x, y, z, but then z = 19 - 7 - 10 is known: w must be hidden too.
        #expect(try HandFigures([1, 6, 2, 10, 7, 19], totals: [([0, 1], 4), ([0, 1, 2, 3], 5)]).suppress(minCount: 3) == [0, 1, 2, 3])
    }

    @Test("min_count 0 hides nothing")
    func off() throws {
        #expect(try DisclosureControl.suppress(HandFigures([1, 2, 3], totals: [([0, 1], 2)]).figures, minCount: 0) == .none)
    }

    @Test("hidden zeros alone in a sum of zero would be pinned at zero: a non-zero partner is preferred")
    func zeroSum() throws {
        // Relation A: 1 + 0 + 5 = 6 hides 1 and the 0. Relation B: the 0 + 0 + 8 = 8 then needs a
        // partner for the hidden 0: the other 0 would leave "0 + 0 = 0", so the 8 is taken.
        let hidden = try HandFigures([1, 0, 5, 6, 0, 8, 8], totals: [([0, 1, 2], 3), ([1, 4, 5], 6)]).suppress(minCount: 3)
        #expect(hidden.contains(5))
        #expect(!hidden.contains(4))
    }

    @Test("non-negativity: a hidden sum of zero pins its parts, which elimination alone never sees")
    func nonNegativity() throws {
        // x + y = 0 and x + z = 4, with x = y = 0 and z = 4 all hidden: two equations, three
        // unknowns, so elimination fixes none; but x, y >= 0 make both 0, and then z = 4.
        let leak = HandFigures([0, 0, 0, 4, 4], totals: [([0, 1], 2), ([0, 3], 4)])
        let hidden: Set<CellRef> = [leak.cellOf[0]!, leak.cellOf[1]!, leak.cellOf[3]!]
        var state = SuppressionState(leak.figures)
        for cell in hidden { state.hide(state.idOf[cell]!) }
        #expect(state.determinedByEqualities().isEmpty)
        #expect(leak.indexes(SuppressionAudit.pinned(leak.figures, hidden: hidden)) == [0, 1, 3])
    }

    @Test("an LP range under 2 is decided in whole numbers")
    func integerRange() throws {
        // 2x + 2y = 2 (x = 1 true): x is 0 or 1, never pinned. 2x = 2 - ... a fractional LP range:
        // 3x + 3y = 3 with x - y >= 0.5 allows x in [0.75, 1] by LP, only x = 1 in integers.
        var hand = HandFigures([1, 0, 3], totals: [])
        let x = hand.cellOf[0]!, y = hand.cellOf[1]!
        hand.figures.relations = [
            Relation(terms: [.init(x, 3), .init(y, 3)], .equal, 3),
            Relation(terms: [.init(x, 2), .init(y, -2)], .atLeast, 1),
        ]
        #expect(hand.indexes(SuppressionAudit.pinned(hand.figures, hidden: [x, y])) == [0, 1])
        hand.figures.relations = [Relation(terms: [.init(x, 2), .init(y, 2)], .equal, 2)]
        #expect(SuppressionAudit.pinned(hand.figures, hidden: [x, y]).isEmpty)
    }

    @Test("an amount in pounds is withheld with the count it is made from")
    func amounts() throws {
        let figures = figuresWithFinance(minCount: 3)
        let suppression = try DisclosureControl.suppress(figures, minCount: 3)
        let published = PublishedPeriod(figures: figures, suppression: suppression, minCount: 3)
        // Claims (2) is under min_count: its payments, the total and what is still possible go with it.
        #expect(published.total(.claims) == .suppressed)
        let finance = try #require(published.table(FinanceTable.self))
        #expect(finance.column(.pounds).map(\.csvText) == ["16000", "[c]", "[c]", "[c]"])
    }

    @Test("a count no suppression can protect is an error that names it")
    func unprotectable() throws {
        // The only partner of the hidden 1 is a total that may never be hidden: 1 + 5 = 6, with
        // 5 also a never-hidden total.
        var parts = FigureTable(name: "t", file: .csv, columns: [ColumnSpec(name: "n", kind: .count(.none))])
        parts.append(.init(key: .item("Abbey"), labels: ["Abbey"], numbers: [1]))
        var totals = FigureTable(name: "totals", file: .csv, columns: [ColumnSpec(name: "n", kind: .count(.never))])
        totals.append(.init(key: .item("five"), labels: ["five"], numbers: [5]))
        totals.append(.init(key: .item("six"), labels: ["six"], numbers: [6]))
        let figures = PeriodFigures(period: PeriodName(year: 2013, quarter: 3), tables: [parts, totals], relations: [
            .sum([CellRef(table: 0, row: 0, column: 0), CellRef(table: 1, row: 0, column: 0)], equals: CellRef(table: 1, row: 1, column: 0)),
        ])
        #expect(throws: UnprotectableCells(cells: ["t row 'Abbey', column n"])) {
            try DisclosureControl.suppress(figures, minCount: 3)
        }
    }

    @Test("the sample's 2012-Q3: secondary suppression by equalities leaves 13 counts a solver pins; the audit leaves none")
    func sampleControl() throws {
        var log = DiagnosticLog()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../data").standardizedFileURL.path
        let folder = try #require(ProgrammeFolder.open(root, log: &log))
        let period = try #require(folder.loadPeriod(folder.periods[0]).period)
        #expect(period.name.description == "2012-Q3")
        // The tables the 13 were counted over (later tables add their own leaks to the count).
        let original = PublishedTables.all.filter { ![RolloutTable.name, RolloutAgenciesTable.name].contains($0.name) }
        let figures = PeriodFigures(PeriodInput(settings: folder.settings, areas: folder.areas, period: period), tables: original)
        let linear = try DisclosureControl.suppress(figures, minCount: 5, audit: .equalitiesOnly)
        let leaked = SuppressionAudit.pinned(figures, hidden: linear.cells)
        #expect(leaked.count == 13)
        let names = Set(leaked.map { "\(figures.tables[$0.table].name)/\(figures.tables[$0.table].rows[$0.row].labels[0])/\(figures.tables[$0.table].columns[$0.column].name)" })
        #expect(names.contains("levels/high/families") && names.contains("ward-allocations/Beechworth/allocated")
                && names.contains("ward-allocations/Glencroft/yet_to_be_allocated"))
        let safe = try DisclosureControl.suppress(figures, minCount: 5)
        #expect(SuppressionAudit.pinned(figures, hidden: safe.cells).isEmpty)
        #expect(safe.cells.isSuperset(of: linear.primary))
    }

    @Test("random programmes: every small count is hidden, nothing published differs from the truth, nothing is pinned")
    func invariants() throws {
        var random = RandomProgramme(state: 20131231)
        var suppressedTotal = 0
        for trial in 0..<60 {
            let (settings, areas, period) = random.make()
            let figures = PeriodFigures(PeriodInput(settings: settings, areas: areas, period: period))
            let suppression = try DisclosureControl.suppress(figures, minCount: settings.minCount)
            suppressedTotal += suppression.cells.count
            let published = PublishedPeriod(figures: figures, suppression: suppression, minCount: settings.minCount)
            for cell in figures.numberCells {
                let value = figures.value(cell)
                if figures.spec(cell).isCount, value > 0, value < settings.minCount {
                    #expect(suppression.cells.contains(cell), "trial \(trial): \(cell)")
                }
                let shown = published.tables[cell.table].rows[cell.row][cell.column]
                #expect(shown == .suppressed || shown == .count(value), "trial \(trial): \(cell)")
            }
            #expect(SuppressionAudit.pinned(figures, hidden: suppression.cells).isEmpty, "trial \(trial)")
        }
        #expect(suppressedTotal > 300, "the random programmes should exercise suppression")
    }

    @Test("the same figures always give the same pattern")
    func deterministic() throws {
        var random = RandomProgramme(state: 7)
        let (settings, areas, period) = random.make()
        let figures = PeriodFigures(PeriodInput(settings: settings, areas: areas, period: period))
        let first = try DisclosureControl.suppress(figures, minCount: 5)
        for _ in 0..<5 { #expect(try DisclosureControl.suppress(figures, minCount: 5) == first) }
    }

    func figuresWithFinance(minCount: Int) -> PeriodFigures {
        var settings = HandWorked.settings
        settings.minCount = minCount
        settings.finance = Finance(attachmentFee: 3200, resultsPayment: 800)
        return PeriodFigures(PeriodInput(settings: settings, areas: HandWorked.areas, period: HandWorked.period))
    }
}

