import FamdashFigures

/// Which numbers of a period are published as `[c]`.
public struct Suppression: Sendable, Equatable {
    /// Every suppressed number (primary, secondary, and amounts made from them).
    public var cells: Set<CellRef>
    /// Counts 1..min_count-1: suppressed for their own sake.
    public var primary: Set<CellRef>

    public init(cells: Set<CellRef>, primary: Set<CellRef>) {
        self.cells = cells
        self.primary = primary
    }

    public static let none = Suppression(cells: [], primary: [])

    public func contains(_ cell: CellRef) -> Bool { cells.contains(cell) }
}

/// Suppressed counts that no further suppression could protect: the build stops on them.
public struct UnprotectableCells: Error, Sendable, Equatable {
    /// "rag.csv row crime, column red" for each cell.
    public var cells: [String]
}

/// Primary and secondary suppression over the relations of a period's figures.
///
/// Primary: every count c with 0 < c < min_count, and every amount made from a suppressed
/// count. Secondary, in rounds: first the cheap rule (no equality may be left with a single
/// hidden cell: hide its cheapest other count, zeros first, then the smallest), then an exact
/// test of the equalities by elimination, then the audit (`SuppressionAudit`: what an attacker
/// with a solver can pin, using non-negativity and every inequality too); each pinned count
/// gets a further partner from one of its relations, and the rounds repeat until nothing is
/// pinned. Deterministic: every choice is by value, then position.
public enum DisclosureControl {
    public static func suppress(_ figures: PeriodFigures, minCount: Int,
                                audit: ((PeriodFigures, Set<CellRef>) -> [CellRef])? = nil) throws(UnprotectableCells) -> Suppression {
        guard minCount > 0 else { return .none }
        var state = SuppressionState(figures)
        for id in state.cells.indices where state.isCount[id] && state.values[id] > 0 && state.values[id] < minCount {
            state.hide(id)
        }
        let primary = Set(state.cells.indices.filter { state.hidden[$0] && state.isCount[$0] }.map { state.cells[$0] })

        var unprotectable: Set<Int> = []
        while true {
            state.closeSingletons()
            var pinned = state.determinedByEqualities()
            if pinned.isEmpty, let audit {
                pinned = audit(figures, state.hiddenCells).compactMap { state.idOf[$0] }
            }
            pinned = pinned.filter { !unprotectable.contains($0) }
            if pinned.isEmpty { break }
            var progressed = false
            for id in pinned {
                if let partner = state.partner(for: id) {
                    if !state.hidden[partner] {
                        state.hide(partner)
                        progressed = true
                    }
                } else {
                    unprotectable.insert(id)
                }
            }
            if !progressed && state.pending.isEmpty { break }
        }
        if !unprotectable.isEmpty {
            throw UnprotectableCells(cells: unprotectable.sorted().map { state.describe($0) })
        }
        return Suppression(cells: state.hiddenCells, primary: primary)
    }
}

/// The working state of one period's suppression: numbers by id (table, row, column order),
/// which are hidden, and the equalities among them.
struct SuppressionState {
    let figures: PeriodFigures
    let cells: [CellRef]
    let idOf: [CellRef: Int]
    let values: [Int]
    let isCount: [Bool]
    let protection: [Protection]
    /// Equalities among cells, by id, with their coefficients.
    let equalities: [[(id: Int, coefficient: Int)]]
    /// Every relation a cell appears in (equalities first, by index into `relationTerms`).
    let relationsOf: [[Int]]
    let relationTerms: [[Int]]
    let amountsOf: [[Int]]
    var hidden: [Bool]
    var hiddenInEquality: [Int]
    var pending: [Int] = []

    init(_ figures: PeriodFigures) {
        self.figures = figures
        let cells = figures.numberCells
        self.cells = cells
        var idOf: [CellRef: Int] = [:]
        idOf.reserveCapacity(cells.count)
        for (id, cell) in cells.enumerated() { idOf[cell] = id }
        self.idOf = idOf
        values = cells.map { figures.value($0) }
        isCount = cells.map { figures.spec($0).isCount }
        protection = cells.map { figures.spec($0).protection }
        equalities = figures.relations.filter(\.isCellEquality).map { relation in
            relation.terms.compactMap { term in
                if case .cell(let cell) = term.subject, let id = idOf[cell] { (id, term.coefficient) } else { nil }
            }
        }
        // Every relation's cells, equalities first: partners are looked for in all of them.
        let others = figures.relations.filter { !$0.isCellEquality }.map { relation in
            relation.terms.compactMap { term -> Int? in
                if case .cell(let cell) = term.subject { idOf[cell] } else { nil }
            }
        }
        relationTerms = equalities.map { $0.map(\.id) } + others
        var relationsOf = Array(repeating: [Int](), count: cells.count)
        for (index, terms) in relationTerms.enumerated() {
            for id in terms { relationsOf[id].append(index) }
        }
        self.relationsOf = relationsOf
        var amountsOf = Array(repeating: [Int](), count: cells.count)
        for (amount, sources) in figures.amountSources {
            guard let amountID = idOf[amount] else { continue }
            for source in sources { if let id = idOf[source] { amountsOf[id].append(amountID) } }
        }
        self.amountsOf = amountsOf
        hidden = Array(repeating: false, count: cells.count)
        hiddenInEquality = Array(repeating: 0, count: equalities.count)
    }

    var hiddenCells: Set<CellRef> { Set(cells.indices.filter { hidden[$0] }.map { cells[$0] }) }

    mutating func hide(_ id: Int) {
        guard !hidden[id] else { return }
        hidden[id] = true
        for relation in relationsOf[id] where relation < equalities.count {
            hiddenInEquality[relation] += 1
            if hiddenInEquality[relation] == 1 { pending.append(relation) }
        }
        // An amount in pounds is a rate times its counts: it goes with them.
        for amount in amountsOf[id] { hide(amount) }
    }

    /// What hiding a cell costs: counts by size (zeros cost nothing to hide), amounts last.
    func cost(_ id: Int) -> (Int, Int, Int) {
        let tier = protection[id] == .lastResort ? 2 : (isCount[id] ? 0 : 1)
        return (tier, isCount[id] ? values[id] : 0, id)
    }

    func choosable(_ id: Int) -> Bool { !hidden[id] && protection[id] != .never }

    /// The cheapest cell of a relation that may still be hidden. When the relation's hidden
    /// cells are all zero, a non-zero one is preferred: hiding only zeros in a sum of zero
    /// would let a reader pin them all at zero.
    func candidate(in relation: Int) -> Int? {
        var best: Int?, bestNonZero: Int?
        var hiddenSum = 0
        for id in relationTerms[relation] {
            if hidden[id] { hiddenSum += values[id]; continue }
            guard choosable(id) else { continue }
            if best.map({ cost(id) < cost($0) }) ?? true { best = id }
            if values[id] > 0, bestNonZero.map({ cost(id) < cost($0) }) ?? true { bestNonZero = id }
        }
        return hiddenSum == 0 ? (bestNonZero ?? best) : best
    }

    /// The cheapest partner for a pinned cell among all its relations.
    func partner(for id: Int) -> Int? {
        var best: Int?
        for relation in relationsOf[id] {
            if let option = candidate(in: relation), best.map({ cost(option) < cost($0) }) ?? true { best = option }
        }
        return best
    }

    /// The cheap rule: no equality is left with exactly one hidden cell.
    mutating func closeSingletons() {
        while let relation = pending.popLast() {
            guard hiddenInEquality[relation] == 1 else { continue }
            // No candidate here: the exact passes decide whether the lone cell is exposed.
            if let id = candidate(in: relation) { hide(id) }
        }
    }

    /// Hidden counts the equalities alone determine, given every published cell.
    func determinedByEqualities() -> [Int] {
        var eliminator = SparseEliminator()
        for relation in equalities {
            let unknowns = relation.filter { hidden[$0.id] }
            if unknowns.isEmpty { continue }
            eliminator.add(unknowns.map { (column: $0.id, value: Int64($0.coefficient)) })
        }
        return eliminator.determinedColumns.filter { isCount[$0] }
    }

    func describe(_ id: Int) -> String {
        let cell = cells[id]
        let table = figures.tables[cell.table]
        let row = table.rows[cell.row]
        let label = row.labels.first { !$0.isEmpty } ?? "\(cell.row + 1)"
        return "\(table.name) row '\(label)', column \(table.columns[cell.column].name)"
    }
}
