import FamdashFigures
import FamdashSolver

/// What an attacker with a solver can work out from a suppression pattern: every hidden count
/// whose value the published figures fix.
///
/// The attacker of DATA.md knows every relation of the period (equalities and inequalities),
/// that every count is a whole number >= 0, and the published values. For each hidden count
/// it takes the smallest and largest value by linear programming, and by integer programming
/// where the LP range is under 2; a count with a single possible value is pinned. The audit
/// answers the same question with less work: a hidden count is safe as soon as some solution
/// of the relations is found in which it differs from its true value (by at least 1 in an
/// integer solution, or by 2 in any), so a few solves that push many counts at once certify
/// most of them, and only the rest get their own minimum and maximum.
public enum SuppressionAudit {
    /// Hidden counts of `figures` that an attacker can pin, when `hidden` is withheld.
    public static func pinned(_ figures: PeriodFigures, hidden: Set<CellRef>) -> [CellRef] {
        let system = AuditSystem(figures, hidden: hidden)
        var pinned: [CellRef] = []
        for component in system.components() {
            pinned += audit(component, system: system)
        }
        return pinned.sorted()
    }

    /// A fixed pseudo-random bit source (SplitMix64), so the audit does the same work every run.
    static func mix(_ round: Int, _ variable: Int) -> UInt64 {
        var z = UInt64(truncatingIfNeeded: round &* 0x9E37_79B9 &+ variable) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value at least this far from the true one certifies a count in any LP solution.
    static let lpMargin = 2 - 1e-6
    static let integralTolerance = 1e-6

    private static func audit(_ component: AuditSystem.Component, system: AuditSystem) -> [CellRef] {
        let program = component.program
        let explorer = LPSolver(component.exploring)
        let truth = component.trueValues
        var open = Set(component.audited)

        /// Counts a solution moves far enough from the truth are safe.
        func certify(_ values: [Double]) {
            let integral = values.allSatisfy { abs($0 - $0.rounded()) <= integralTolerance }
            for variable in open {
                let distance = abs(values[variable] - truth[variable])
                if distance >= lpMargin || (integral && distance >= 1 - integralTolerance) { open.remove(variable) }
            }
        }

        // Push every open count up, then down, at once; then in random directions, which
        // separate counts that can only move against each other (a + b = published total).
        // Stop when a round certifies little: the rest get their own solves.
        for round in 0..<12 where !open.isEmpty {
            let before = open.count
            // Counts at zero can only rise: they always pull up.
            let objective = open.sorted().map { variable -> (Int, Double) in
                let up = round == 0 || truth[variable] == 0 || (round >= 2 && mix(round, variable) & 1 == 0)
                return (variable, up ? 1.0 : -1.0)
            }
            if case .optimal(_, let values) = explorer.optimize(objective, maximize: true) { certify(values) }
            if round >= 2 && (before - open.count) * 50 < before { break }
        }
        var pinned: [CellRef] = []
        let solver = LPSolver(program)
        for variable in open.sorted() where open.contains(variable) {
            var low = truth[variable], high = truth[variable]
            var unbounded = false
            for maximize in [true, false] {
                switch solver.optimize([(variable, 1.0)], maximize: maximize) {
                case .optimal(_, let values):
                    certify(values)
                    if maximize { high = max(high, values[variable]) } else { low = min(low, values[variable]) }
                case .unbounded:
                    unbounded = true
                case .infeasible, .failed:
                    // The true figures satisfy every relation, so this is the solver's trouble;
                    // the integer check below decides.
                    break
                }
                if !open.contains(variable) || unbounded { break }
            }
            if !open.contains(variable) || unbounded || high - low >= lpMargin {
                open.remove(variable)
                continue
            }
            // The LP range is under 2: only whole numbers decide.
            var values: Set<Double> = [truth[variable]]
            for maximize in [true, false] {
                switch IntegerSolver.optimize(program, [(variable, 1.0)], maximize: maximize) {
                case .optimal(_, let solution): values.insert(solution[variable].rounded())
                case .unbounded: values.insert(.infinity)
                case .infeasible, .failed: break
                }
            }
            if values.count > 1 {
                open.remove(variable)
            } else {
                pinned.append(component.cells[variable])
            }
        }
        return pinned
    }
}

/// The relations of a period with published values folded in: unknowns are the hidden cells
/// and hidden quantities, split into independent groups.
struct AuditSystem {
    struct Row {
        var terms: [(unknown: Int, coefficient: Double)]
        var comparison: LinearProgram.Comparison
        var constant: Double
    }

    /// One independent group of unknowns, as a linear programme over local variables.
    struct Component {
        /// Counts boxed to within 2 of their true values: for each count's own range.
        var program: LinearProgram
        /// The same relations with every count free from 0 to twice the group's largest value:
        /// for the rounds that push many counts at once.
        var exploring: LinearProgram
        var trueValues: [Double]
        /// Local variables that are hidden counts: what is audited.
        var audited: [Int]
        /// The cell of each local variable (a placeholder for hidden quantities).
        var cells: [CellRef]
    }

    var rows: [Row] = []
    /// Per unknown: its cell (nil for a hidden quantity), true value, and whether it is a count.
    var unknownCells: [CellRef?] = []
    var trueValues: [Double] = []
    var isCount: [Bool] = []

    init(_ figures: PeriodFigures, hidden: Set<CellRef>) {
        var unknownOfCell: [CellRef: Int] = [:]
        var unknownOfHidden: [Int: Int] = [:]
        for relation in figures.relations {
            var terms: [(unknown: Int, coefficient: Double)] = []
            var constant = Double(relation.constant)
            for term in relation.terms {
                switch term.subject {
                case .cell(let cell):
                    if hidden.contains(cell) {
                        let unknown = unknownOfCell[cell] ?? {
                            unknownCells.append(cell)
                            trueValues.append(Double(figures.value(cell)))
                            isCount.append(figures.spec(cell).isCount)
                            unknownOfCell[cell] = unknownCells.count - 1
                            return unknownCells.count - 1
                        }()
                        terms.append((unknown, Double(term.coefficient)))
                    } else {
                        constant -= Double(term.coefficient * figures.value(cell))
                    }
                case .hidden(let id):
                    let unknown = unknownOfHidden[id] ?? {
                        unknownCells.append(nil)
                        trueValues.append(Double(figures.hiddenValues[id]))
                        isCount.append(false)
                        unknownOfHidden[id] = unknownCells.count - 1
                        return unknownCells.count - 1
                    }()
                    terms.append((unknown, Double(term.coefficient)))
                }
            }
            guard !terms.isEmpty else { continue }
            let comparison: LinearProgram.Comparison = switch relation.comparison {
            case .equal: .equal
            case .atMost: .atMost
            case .atLeast: .atLeast
            }
            rows.append(Row(terms: terms, comparison: comparison, constant: constant))
        }
    }

    /// Groups of unknowns linked by some relation, each with a hidden count in it.
    func components() -> [Component] {
        var parent = Array(unknownCells.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for row in rows {
            guard let first = row.terms.first?.unknown else { continue }
            for term in row.terms.dropFirst() {
                let a = root(first), b = root(term.unknown)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var members: [Int: [Int]] = [:]
        for unknown in unknownCells.indices { members[root(unknown), default: []].append(unknown) }
        var rowsOf: [Int: [Int]] = [:]
        for (index, row) in rows.enumerated() {
            if let first = row.terms.first?.unknown { rowsOf[root(first), default: []].append(index) }
        }
        return members.keys.sorted().compactMap { key in
            let group = members[key] ?? []
            guard group.contains(where: { isCount[$0] }) else { return nil }
            var local: [Int: Int] = [:]
            for (index, unknown) in group.enumerated() { local[unknown] = index }
            var program = LinearProgram(variableCount: group.count)
            for index in rowsOf[key] ?? [] {
                let row = rows[index]
                program.add(row.terms.map { (local[$0.unknown] ?? 0, $0.coefficient) }, row.comparison, row.constant)
            }
            // Each audited count is kept within 2 of its true value: reaching either end already
            // certifies it, and the box keeps every objective bounded (an unbounded solve
            // would certify nothing).
            for (index, unknown) in group.enumerated() where isCount[unknown] {
                program.setBounds(index, lower: max(0, trueValues[unknown] - 2), upper: trueValues[unknown] + 2)
            }
            // The rounds that push many counts at once need room: within 2 of the truth, a
            // total (a zero one above all) caps how far its parts can move together, so they
            // certified almost nothing and every count needed its own solves. Any solution of
            // the relations certifies, whatever its box.
            var exploring = program
            let roof = 2 * (group.map { trueValues[$0] }.max() ?? 0) + 4
            for (index, unknown) in group.enumerated() where isCount[unknown] {
                exploring.setBounds(index, lower: 0, upper: roof)
            }
            return Component(program: program, exploring: exploring, trueValues: group.map { trueValues[$0] },
                             audited: group.indices.filter { isCount[group[$0]] },
                             cells: group.map { unknownCells[$0] ?? CellRef(table: -1, row: -1, column: -1) })
        }
    }
}
