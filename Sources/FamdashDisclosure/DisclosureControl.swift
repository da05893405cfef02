import FamdashFigures

/// Which counts of a period are published as `[c]`.
public struct Suppression: Sendable, Equatable {
    /// Every suppressed count (primary and secondary).
    public var cells: Set<CellRef>
    /// Counts 1..min_count-1: suppressed for their own sake.
    public var primary: Set<CellRef>
    /// Suppressed counts that could not be protected (no cell left to suppress beside them).
    /// Empty in every case we know of; reported as a warning rather than hidden.
    public var unprotected: [CellRef]

    public static let none = Suppression(cells: [], primary: [], unprotected: [])

    public func contains(_ cell: CellRef) -> Bool { cells.contains(cell) }
}

/// Primary and secondary suppression over the relations of a period's figures.
///
/// Primary: every count c with 0 < c < min_count. Secondary: while some relation (a sum a reader
/// can check) has exactly one suppressed count, suppress one more of its counts, the cheapest
/// first (zeros, then the smallest counts; ties by table order). Then an exact test: eliminate
/// the whole linear system of relations, with published counts as constants, and if any
/// suppressed count is still determined, suppress the cheapest further count in one of its
/// relations and repeat. Deterministic: every choice is by value then position.
public enum DisclosureControl {
    public static func suppress(_ figures: PeriodFigures, minCount: Int) -> Suppression {
        guard minCount > 0 else { return .none }
        let cells = figures.countCells
        var idOf: [CellRef: Int] = [:]
        idOf.reserveCapacity(cells.count)
        for (id, cell) in cells.enumerated() { idOf[cell] = id }
        let values = cells.map { figures.value($0) }
        let protected = cells.map { figures.protectedCells.contains($0) }

        let relations: [[(id: Int, coefficient: Int)]] = figures.relations.map { relation in
            relation.terms.compactMap { term in idOf[term.cell].map { ($0, term.coefficient) } }
        }
        var relationsOf = Array(repeating: [Int](), count: cells.count)
        for (index, relation) in relations.enumerated() {
            for term in relation { relationsOf[term.id].append(index) }
        }

        var suppressed = values.map { $0 > 0 && $0 < minCount }
        let primary = Set(cells.indices.filter { suppressed[$0] }.map { cells[$0] })
        var suppressedCount = Array(repeating: 0, count: relations.count)
        for (index, relation) in relations.enumerated() {
            suppressedCount[index] = relation.reduce(0) { $0 + (suppressed[$1.id] ? 1 : 0) }
        }

        func cost(_ id: Int) -> (Int, Int) { (values[id], id) }

        /// The cheapest count of a relation that may still be suppressed. When the relation's
        /// hidden counts are all zero, a non-zero one is preferred: hiding only zeros in a sum
        /// of zero would let a reader pin them all at zero.
        func candidate(in relation: Int) -> Int? {
            var best: Int?
            var bestNonZero: Int?
            var hiddenSum = 0
            for term in relations[relation] {
                if suppressed[term.id] { hiddenSum += values[term.id]; continue }
                if protected[term.id] { continue }
                if best == nil || cost(term.id) < cost(best!) { best = term.id }
                if values[term.id] > 0 && (bestNonZero == nil || cost(term.id) < cost(bestNonZero!)) { bestNonZero = term.id }
            }
            return hiddenSum == 0 ? (bestNonZero ?? best) : best
        }

        var pending = relations.indices.filter { suppressedCount[$0] == 1 }
        func hide(_ id: Int) {
            guard !suppressed[id] else { return }
            suppressed[id] = true
            for relation in relationsOf[id] {
                suppressedCount[relation] += 1
                if suppressedCount[relation] == 1 { pending.append(relation) }
            }
        }

        var unprotected: Set<Int> = []
        while true {
            // Cheap pass: no relation may be left with a single hidden count.
            while let relation = pending.popLast() {
                guard suppressedCount[relation] == 1 else { continue }
                // No candidate here: the exact pass decides whether the lone count is exposed.
                if let id = candidate(in: relation) { hide(id) }
            }
            // Exact pass: combinations of relations may still pin a count.
            let determined = determinedCells(relations: relations, suppressed: suppressed).filter { !unprotected.contains($0) }
            if determined.isEmpty { break }
            var progressed = false
            for id in determined {
                var best: Int?
                for relation in relationsOf[id] {
                    if let option = candidate(in: relation), best == nil || cost(option) < cost(best!) { best = option }
                }
                if let best, !suppressed[best] {
                    hide(best)
                    progressed = true
                } else if best == nil {
                    unprotected.insert(id)
                }
            }
            if !progressed && pending.isEmpty {
                // Every determined cell is unprotectable.
                break
            }
        }

        let hidden = Set(cells.indices.filter { suppressed[$0] }.map { cells[$0] })
        // A cell given up on earlier may have been protected since by later choices: report
        // only what the final pattern still exposes.
        let exposed = unprotected.isEmpty ? [] : determinedCells(relations: relations, suppressed: suppressed)
        return Suppression(cells: hidden, primary: primary,
                           unprotected: exposed.filter { values[$0] > 0 }.map { cells[$0] })
    }

    /// Suppressed cells (by id) whose value the relations determine given all published cells.
    static func determinedCells(relations: [[(id: Int, coefficient: Int)]], suppressed: [Bool]) -> [Int] {
        var eliminator = SparseEliminator()
        for relation in relations {
            let unknowns = relation.filter { suppressed[$0.id] }
            if unknowns.isEmpty { continue }
            eliminator.add(unknowns.map { (column: $0.id, value: Int64($0.coefficient)) })
        }
        return eliminator.determinedColumns
    }
}
