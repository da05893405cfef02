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
/// test of the equalities by elimination, then bounds propagated through every relation, then
/// the audit (`SuppressionAudit`: what an attacker with a solver can pin, using
/// non-negativity and every inequality too). A pinned primary count gets a further partner
/// from one of its relations, or the cheapest set of cells that lets it move
/// (`WideningSearch`); the rounds repeat until no primary count is pinned. Then the counts
/// hidden only for others that the attacker pins anyway are published again (the attacker
/// knew them). Deterministic: every choice
/// is by value, then position.
public enum DisclosureControl {
    /// How hard the exact passes look for pinned counts.
    public enum Audit: Sendable {
        /// Linear equalities only: what famdash did before the solver audit (kept for tests
        /// that show why it was not enough).
        case equalitiesOnly
        /// Equalities, inequalities and non-negativity, with CLP and CBC (`SuppressionAudit`).
        case solver
    }

    public static func suppress(_ figures: PeriodFigures, minCount: Int, audit: Audit = .solver) throws(UnprotectableCells) -> Suppression {
        guard minCount > 0 else { return .none }
        var state = SuppressionState(figures)
        for id in state.cells.indices where state.isCount[id] && state.values[id] > 0 && state.values[id] < minCount {
            state.hide(id)
        }
        state.isPrimary = state.hidden.indices.map { state.hidden[$0] && state.isCount[$0] }
        let primary = Set(state.cells.indices.filter { state.isPrimary[$0] }.map { state.cells[$0] })

        var unprotectable: Set<Int> = []
        // Counts hidden only for others that the last audit could pin anyway.
        var exposedSecondaries: [Int] = []
        while true {
            state.closeSingletons()
            var found = state.determinedByEqualities()
            var byEqualities = true
            if audit == .solver {
                if found.allSatisfy({ !state.isPrimary[$0] && state.republished[$0] >= 2 }) {
                    found = BoundPropagation.pinned(state)
                    byEqualities = false
                }
                // A partner the reader pins anyway (a zero whose column is published as 0, say)
                // protects nothing: publish it again and let the cheap rule pick another. Twice
                // at most per count, so the rounds end.
                let poorPartners = found.filter { !state.isPrimary[$0] && state.republished[$0] < 2 }
                if !poorPartners.isEmpty {
                    for id in poorPartners {
                        state.publish(id)
                        state.republished[id] += 1
                    }
                    continue
                }
            }
            // Only a pinned primary count needs more cells hidden; a pinned secondary one is
            // dealt with once the pattern is final (below).
            let needsProtection: (Int) -> Bool = { audit == .equalitiesOnly || state.isPrimary[$0] }
            var pinned = found.filter(needsProtection)
            if audit == .solver && pinned.isEmpty {
                let audited = SuppressionAudit.pinned(figures, hidden: state.hiddenCells).compactMap { state.idOf[$0] }
                pinned = audited.filter(needsProtection)
                exposedSecondaries = audited.filter { !state.isPrimary[$0] }
                byEqualities = false
            }
            pinned = pinned.filter { !unprotectable.contains($0) }
            if pinned.isEmpty { break }
            // Cells hidden for one pinned count may protect its neighbours too: those wait
            // for the next round.
            var touched: Set<Int> = []
            for id in pinned where touched.isDisjoint(with: state.allRelationsOf[id]) {
                var cells: [Int]?
                if byEqualities, let partner = state.partner(for: id) { cells = [partner] }
                if cells == nil, audit == .solver { cells = WideningSearch.cellsToHide(for: id, state: state) }
                guard let cells else {
                    unprotectable.insert(id)
                    continue
                }
                for cell in cells {
                    state.hide(cell)
                    touched.formUnion(state.allRelationsOf[cell])
                }
            }
        }
        // A count hidden only to protect others, which the attacker pins anyway, protects
        // nothing: it is published. Its value was already fixed by the rest of the pattern, so
        // publishing it (all such counts at once) changes no other count's range.
        for id in exposedSecondaries { state.publish(id) }
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
    /// Per cell, every relation of `figures.relations` it appears in; per relation, its cells.
    let allRelationsOf: [[Int]]
    let cellsOfRelation: [[Int]]
    let amountsOf: [[Int]]
    var hidden: [Bool]
    /// Counts hidden for their own sake (1..min_count-1).
    var isPrimary: [Bool]
    /// How often a secondary count was found pinned when hidden and published again: the
    /// cheap rule does not pick such a count again (the integer search still may, where hiding
    /// more makes it useful).
    var republished: [Int]
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
        cellsOfRelation = figures.relations.map { relation in
            relation.terms.compactMap { term -> Int? in
                if case .cell(let cell) = term.subject { idOf[cell] } else { nil }
            }
        }
        var allRelationsOf = Array(repeating: [Int](), count: cells.count)
        for (index, ids) in cellsOfRelation.enumerated() {
            for id in ids { allRelationsOf[id].append(index) }
        }
        self.allRelationsOf = allRelationsOf
        var amountsOf = Array(repeating: [Int](), count: cells.count)
        for (amount, sources) in figures.amountSources {
            guard let amountID = idOf[amount] else { continue }
            for source in sources { if let id = idOf[source] { amountsOf[id].append(amountID) } }
        }
        self.amountsOf = amountsOf
        hidden = Array(repeating: false, count: cells.count)
        isPrimary = hidden
        republished = Array(repeating: 0, count: cells.count)
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

    /// Publishes a hidden count that secondary suppression chose but cannot protect.
    mutating func publish(_ id: Int) {
        guard hidden[id] else { return }
        hidden[id] = false
        for relation in relationsOf[id] where relation < equalities.count {
            hiddenInEquality[relation] -= 1
            if hiddenInEquality[relation] == 1 { pending.append(relation) }
        }
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
            guard choosable(id), republished[id] == 0 else { continue }
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
