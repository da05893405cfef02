@testable import FamdashSolver

/// Reference LP optimum for tiny programmes with every variable boxed: the best objective over
/// all vertices (points where `variableCount` independent constraint planes meet and every
/// relation holds). A bounded non-empty polytope attains its optimum at a vertex, so nil means
/// infeasible. Independent of CLP, slow, and only for a handful of variables.
enum VertexEnumeration {
    static func optimum(_ program: LinearProgram, _ objective: Objective, maximize: Bool, box: Double? = nil) -> Double? {
        var program = program
        if let box {
            for variable in 0..<program.variableCount where !program.upper[variable].isFinite {
                program.setBounds(variable, lower: program.lower[variable], upper: box)
            }
        }
        let n = program.variableCount
        var planes: [(normal: [Double], value: Double)] = []
        for row in program.rows {
            var normal = Array(repeating: 0.0, count: n)
            for (variable, coefficient) in zip(row.variables, row.coefficients) { normal[variable] = coefficient }
            if row.lower.isFinite { planes.append((normal, row.lower)) }
            if row.upper.isFinite, row.upper != row.lower { planes.append((normal, row.upper)) }
        }
        for variable in 0..<n {
            var unit = Array(repeating: 0.0, count: n)
            unit[variable] = 1
            planes.append((unit, program.lower[variable]))
            if program.upper[variable].isFinite { planes.append((unit, program.upper[variable])) }
        }
        var best: Double?
        for subset in combinations(planes.count, n) {
            guard let point = solve(subset.map { planes[$0] }) else { continue }
            guard program.worstViolation(point).amount <= 1e-9 else { continue }
            let value = objective.reduce(0.0) { $0 + $1.coefficient * point[$1.variable] }
            if let current = best {
                best = maximize ? max(current, value) : min(current, value)
            } else {
                best = value
            }
        }
        return best
    }

    /// Gaussian elimination with partial pivoting; nil if the planes do not meet in one point.
    static func solve(_ planes: [(normal: [Double], value: Double)]) -> [Double]? {
        let n = planes.count
        var matrix = planes.map { $0.normal + [$0.value] }
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(matrix[$0][column]) < abs(matrix[$1][column]) }),
                  abs(matrix[pivot][column]) > 1e-12 else { return nil }
            matrix.swapAt(column, pivot)
            for row in 0..<n where row != column {
                let factor = matrix[row][column] / matrix[column][column]
                if factor != 0 { for k in column...n { matrix[row][k] -= factor * matrix[column][k] } }
            }
        }
        return (0..<n).map { matrix[$0][n] / matrix[$0][$0] }
    }

    /// Every `k`-element subset of `0..<count`, in lexicographic order.
    static func combinations(_ count: Int, _ k: Int) -> [[Int]] {
        guard k > 0 else { return [[]] }
        guard k <= count else { return [] }
        var result: [[Int]] = []
        var current = Array(0..<k)
        while true {
            result.append(current)
            var index = k - 1
            while index >= 0, current[index] == count - k + index { index -= 1 }
            if index < 0 { return result }
            current[index] += 1
            for later in (index + 1)..<k { current[later] = current[later - 1] + 1 }
        }
    }
}

/// The reference outcome for small integer data without a box: optimal, infeasible or unbounded.
/// A bounded optimum of such data sits at a vertex with coordinates far below 1e4, so boxing
/// every variable at 1e4 and at 1e5 leaves it unchanged; an unbounded objective grows with the box.
enum BoxedReference {
    static func outcome(_ program: LinearProgram, _ objective: Objective, maximize: Bool) -> LPOutcome {
        guard let small = VertexEnumeration.optimum(program, objective, maximize: maximize, box: 1e4) else { return .infeasible }
        guard let large = VertexEnumeration.optimum(program, objective, maximize: maximize, box: 1e5) else { return .failed("boxes disagree") }
        if abs(large - small) <= 1e-6 * (1 + abs(small)) { return .optimal(objective: small, values: []) }
        return .unbounded
    }
}

/// Reference integer optimum: every integer point of the box `0...box` per variable.
enum GridEnumeration {
    static func optimum(_ program: LinearProgram, _ objective: Objective, maximize: Bool, box: Int) -> Double? {
        let n = program.variableCount
        var point = Array(repeating: 0.0, count: n)
        var best: Double?
        while true {
            if program.worstViolation(point).amount <= 1e-12 {
                let value = objective.reduce(0.0) { $0 + $1.coefficient * point[$1.variable] }
                if let current = best {
                    best = maximize ? max(current, value) : min(current, value)
                } else {
                    best = value
                }
            }
            // Odometer step through the grid.
            var index = 0
            while index < n, point[index] == Double(box) {
                point[index] = 0
                index += 1
            }
            if index == n { return best }
            point[index] += 1
        }
    }
}
