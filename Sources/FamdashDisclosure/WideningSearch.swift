import FamdashFigures
import FamdashSolver

/// Which published cells to hide so that a pinned count can take another value: the cheapest
/// set, found by one integer programme per direction.
///
/// The programme lets the pinned count move by one (up, or down when it is at least 1) while
/// every other hidden cell and hidden quantity may take any value >= 0 and published cells may
/// move too, at a price: a cell's movement costs 1 + its value per unit, so zeros and small
/// counts are taken first and few cells move. Cells that cannot be hidden (summary totals)
/// stay fixed. The published cells that moved in the cheaper direction are the ones to hide:
/// with them hidden, the moved solution is one the attacker cannot rule out.
///
/// Only cells within a few relations of the pinned one may move at first (a move is a short
/// chain of compensating changes); if no such move exists, every cell of the period may.
enum WideningSearch {
    /// The cells to hide (none when the count is no longer pinned), or nil when no set will do.
    static func cellsToHide(for pinned: Int, state: SuppressionState) -> [Int]? {
        for depth in [4, Int.max] {
            if let cells = search(pinned, state: state, depth: depth) { return cells }
        }
        return nil
    }

    private static func search(_ pinned: Int, state: SuppressionState, depth: Int) -> [Int]? {
        let relations = state.figures.relations
        var relationsOfQuantity: [Int: [Int]] = [:]
        for (index, relation) in relations.enumerated() {
            for term in relation.terms { if case .hidden(let id) = term.subject { relationsOfQuantity[id, default: []].append(index) } }
        }
        // A hidden quantity links its relations as a shared cell would (claims by kind and year
        // link a count to its amount in pounds): a step through it is a step of the search.
        func neighbourRelations(_ relation: Int) -> [Int] {
            var found = [relation]
            for term in relations[relation].terms { if case .hidden(let id) = term.subject { found += relationsOfQuantity[id] ?? [] } }
            return found
        }
        // Cells that may move: those within `depth` relations of the pinned one.
        var movable: Set<Int> = [pinned]
        var frontier: [Int] = [pinned]
        var level = 0
        while !frontier.isEmpty && level < depth {
            var next: [Int] = []
            for id in frontier {
                for relation in state.allRelationsOf[id].flatMap(neighbourRelations) {
                    for other in state.cellsOfRelation[relation] where !movable.contains(other) {
                        guard state.hidden[other] || state.choosable(other) || !state.isCount[other] else { continue }
                        movable.insert(other)
                        next.append(other)
                    }
                }
            }
            frontier = next
            level += 1
        }
        // Every relation with a movable cell holds in the moved solution. Hidden cells and
        // hidden quantities in those relations move freely, so their relations are included
        // too, until nothing more is reached.
        var included: Set<Int> = []
        var quantities: Set<Int> = []
        var relationQueue = movable.flatMap { state.allRelationsOf[$0] }
        while let index = relationQueue.popLast() {
            guard included.insert(index).inserted else { continue }
            for term in relations[index].terms {
                switch term.subject {
                case .hidden(let id):
                    if quantities.insert(id).inserted { relationQueue += relationsOfQuantity[id] ?? [] }
                case .cell(let cell):
                    if let id = state.idOf[cell], state.hidden[id], movable.insert(id).inserted { relationQueue += state.allRelationsOf[id] }
                }
            }
        }

        // Variables: per movable cell its value (hidden ones) or its true value plus an up and
        // a down move (published ones); per hidden quantity its value.
        var variableCount = 0
        var valueOf: [Int: Int] = [:]          // hidden movable cell -> variable
        var moveOf: [Int: (up: Int, down: Int)] = [:]
        var quantityOf: [Int: Int] = [:]
        var costs: [(variable: Int, coefficient: Double)] = []
        for id in movable.sorted() {
            if state.hidden[id] {
                valueOf[id] = variableCount
                variableCount += 1
            } else {
                var cost = state.isCount[id] ? 1 + Double(state.values[id]) : 1e-3
                if state.protection[id] == .lastResort { cost *= 1000 }
                moveOf[id] = (variableCount, variableCount + 1)
                costs += [(variableCount, cost), (variableCount + 1, cost)]
                variableCount += 2
            }
        }
        for id in quantities.sorted() {
            quantityOf[id] = variableCount
            variableCount += 1
        }
        var program = LinearProgram(variableCount: variableCount)
        for (id, move) in moveOf {
            // A published cell moves down at most to zero.
            program.setBounds(move.down, lower: 0, upper: Double(state.values[id]))
        }
        for index in included.sorted() {
            let relation = relations[index]
            var terms: [(variable: Int, coefficient: Double)] = []
            var constant = Double(relation.constant)
            for term in relation.terms {
                let coefficient = Double(term.coefficient)
                switch term.subject {
                case .hidden(let id):
                    guard let variable = quantityOf[id] else { return nil }
                    terms.append((variable, coefficient))
                case .cell(let cell):
                    guard let id = state.idOf[cell] else { continue }
                    if let variable = valueOf[id] {
                        terms.append((variable, coefficient))
                    } else if let move = moveOf[id] {
                        constant -= coefficient * Double(state.values[id])
                        terms += [(move.up, coefficient), (move.down, -coefficient)]
                    } else if state.hidden[id] {
                        // A hidden cell outside the movable set stays at its true value.
                        constant -= coefficient * Double(state.values[id])
                    } else {
                        constant -= coefficient * Double(state.values[id])
                    }
                }
            }
            if terms.isEmpty { continue }
            let comparison: LinearProgram.Comparison = switch relation.comparison {
            case .equal: .equal
            case .atMost: .atMost
            case .atLeast: .atLeast
            }
            program.add(terms, comparison, constant)
        }
        guard let target = valueOf[pinned] else { return nil }
        let truth = Double(state.values[pinned])
        var best: (cost: Double, cells: [Int])?
        for direction in [1.0, -1.0] where direction > 0 || truth >= 1 {
            var moved = program
            moved.add([(target, 1)], direction > 0 ? .atLeast : .atMost, truth + direction)
            // Whole numbers: an LP could move the count by a fraction that no integer solution allows.
            guard case .optimal(let cost, let values) = IntegerSolver.optimize(moved, costs, maximize: false) else { continue }
            let cells = moveOf.filter { values[$0.value.up] + values[$0.value.down] > 1e-6 }.map(\.key).sorted()
            // Nothing published has to move: cells hidden since the audit already free it.
            if cells.isEmpty { return [] }
            if best.map({ cost < $0.cost }) ?? true { best = (cost, cells) }
        }
        return best?.cells
    }
}
