/// A system of linear relations over variables `0..<variableCount`, independent of any solver.
///
/// Variables are continuous, `>= 0` and unbounded above unless `setBounds` says otherwise.
/// Invalid input (an index out of range, a NaN or infinite coefficient) does not trap: it is
/// recorded, and every solve of the programme returns `.failed` naming the first problem, so a
/// bad relation in one published period never takes a whole build down.
public struct LinearProgram: Sendable {
    public enum Comparison: Sendable, Equatable {
        case equal, atMost, atLeast
    }

    /// One row: `lower <= sum(coefficients[k] * x[variables[k]]) <= upper`.
    /// Variables are distinct and coefficients non-zero (merged and filtered in `add`).
    struct Row: Sendable {
        var variables: [Int]
        var coefficients: [Double]
        var lower: Double
        var upper: Double
    }

    public let variableCount: Int
    /// Bounds per variable; `-infinity` / `+infinity` where there is none.
    private(set) var lower: [Double]
    private(set) var upper: [Double]
    private(set) var rows: [Row] = []
    /// The first invalid input, if any (see the type's comment).
    public private(set) var problem: String?

    public init(variableCount: Int) {
        self.variableCount = max(variableCount, 0)
        lower = Array(repeating: 0, count: self.variableCount)
        upper = Array(repeating: .infinity, count: self.variableCount)
        if variableCount < 0 { problem = "variable count \(variableCount) is negative" }
    }

    public var constraintCount: Int { rows.count }

    /// `lower <= x[variable] <= upper`; `upper: nil` means no upper bound, `lower: -.infinity` none below.
    /// `lower > upper` is allowed and makes the programme infeasible.
    public mutating func setBounds(_ variable: Int, lower: Double, upper: Double?) {
        let upper = upper ?? .infinity
        guard checkVariable(variable, "setBounds") else { return }
        guard !lower.isNaN, !upper.isNaN, lower != .infinity, upper != -.infinity else {
            record("setBounds(\(variable)): bounds \(lower)...\(upper) are not usable")
            return
        }
        self.lower[variable] = lower
        self.upper[variable] = upper
    }

    /// Adds `sum(coefficient * x[variable]) (==, <=, >=) constant`. Repeated variables are summed.
    public mutating func add(_ terms: [(variable: Int, coefficient: Double)], _ comparison: Comparison, _ constant: Double) {
        guard constant.isFinite else {
            record("constraint \(rows.count): constant \(constant) is not finite")
            return
        }
        let (variables, coefficients): ([Int], [Double])
        switch merged(terms, context: "constraint \(rows.count)") {
        case .success(let row): (variables, coefficients) = row
        case .failure(let invalid):
            record(invalid.message)
            return
        }
        switch comparison {
        case .equal: rows.append(Row(variables: variables, coefficients: coefficients, lower: constant, upper: constant))
        case .atMost: rows.append(Row(variables: variables, coefficients: coefficients, lower: -.infinity, upper: constant))
        case .atLeast: rows.append(Row(variables: variables, coefficients: coefficients, lower: constant, upper: .infinity))
        }
    }

    struct InvalidInput: Error { var message: String }

    /// Distinct variables with their summed, non-zero coefficients, in first-seen order,
    /// or what is wrong with the terms.
    func merged(_ terms: [(variable: Int, coefficient: Double)], context: String) -> Result<(variables: [Int], coefficients: [Double]), InvalidInput> {
        var slot: [Int: Int] = [:]
        var variables: [Int] = []
        var coefficients: [Double] = []
        for term in terms {
            guard term.variable >= 0, term.variable < variableCount else {
                return .failure(InvalidInput(message: "\(context): variable \(term.variable) is outside 0..<\(variableCount)"))
            }
            guard term.coefficient.isFinite else {
                return .failure(InvalidInput(message: "\(context): coefficient \(term.coefficient) of variable \(term.variable) is not finite"))
            }
            if let index = slot[term.variable] {
                coefficients[index] += term.coefficient
            } else {
                slot[term.variable] = variables.count
                variables.append(term.variable)
                coefficients.append(term.coefficient)
            }
        }
        // CLP and CBC keep explicit zeros as matrix elements; they add nothing but pivots to reject.
        let kept = coefficients.indices.filter { coefficients[$0] != 0 }
        return .success((kept.map { variables[$0] }, kept.map { coefficients[$0] }))
    }

    /// Whether some variable's bounds cross, which no solver needs to be asked about.
    var hasCrossedBounds: Bool {
        zip(lower, upper).contains { $0 > $1 }
    }

    /// The largest violation of a bound or row by `values`, relative to the magnitudes involved,
    /// with a description; used to check every point a solver returns.
    func worstViolation(_ values: [Double]) -> (amount: Double, what: String) {
        var worst = (amount: 0.0, what: "")
        for variable in 0..<variableCount {
            let value = values[variable]
            let scale = max(1, abs(value))
            let below = (lower[variable] - value) / scale
            let above = (value - upper[variable]) / scale
            if below > worst.amount { worst = (below, "x\(variable) = \(value) is below its lower bound \(lower[variable])") }
            if above > worst.amount { worst = (above, "x\(variable) = \(value) is above its upper bound \(upper[variable])") }
            if value.isNaN { return (.infinity, "x\(variable) is NaN") }
        }
        for (index, row) in rows.enumerated() {
            var activity = 0.0
            var magnitude = 1.0
            for (variable, coefficient) in zip(row.variables, row.coefficients) {
                activity += coefficient * values[variable]
                magnitude += abs(coefficient * values[variable])
            }
            let below = (row.lower - activity) / magnitude
            let above = (activity - row.upper) / magnitude
            if below > worst.amount { worst = (below, "constraint \(index) is \(activity), below \(row.lower)") }
            if above > worst.amount { worst = (above, "constraint \(index) is \(activity), above \(row.upper)") }
            if activity.isNaN { return (.infinity, "constraint \(index) is NaN") }
        }
        return worst
    }

    /// The constraint matrix by column (the layout CLP and CBC load), with infinities as COIN's
    /// `COIN_DBL_MAX`, which both libraries use for "no bound".
    func columnMajor() -> ColumnMajor {
        var counts = Array(repeating: 0, count: variableCount)
        for row in rows { for variable in row.variables { counts[variable] += 1 } }
        var starts = [Int32](repeating: 0, count: variableCount + 1)
        for variable in 0..<variableCount { starts[variable + 1] = starts[variable] + Int32(counts[variable]) }
        let elementCount = Int(starts[variableCount])
        var rowIndexes = [Int32](repeating: 0, count: elementCount)
        var elements = [Double](repeating: 0, count: elementCount)
        var next = starts.dropLast().map { Int($0) }
        for (rowIndex, row) in rows.enumerated() {
            for (variable, coefficient) in zip(row.variables, row.coefficients) {
                rowIndexes[next[variable]] = Int32(rowIndex)
                elements[next[variable]] = coefficient
                next[variable] += 1
            }
        }
        return ColumnMajor(
            starts: starts, rowIndexes: rowIndexes, elements: elements,
            columnLower: lower.map(coinBound), columnUpper: upper.map(coinBound),
            rowLower: rows.map { coinBound($0.lower) }, rowUpper: rows.map { coinBound($0.upper) }
        )
    }

    private mutating func checkVariable(_ variable: Int, _ context: String) -> Bool {
        guard variable >= 0, variable < variableCount else {
            record("\(context): variable \(variable) is outside 0..<\(variableCount)")
            return false
        }
        return true
    }

    /// Keeps the first problem only: later ones are often consequences of it.
    private mutating func record(_ message: String) {
        if problem == nil { problem = message }
    }
}

extension LinearProgram {
    /// Whether moving along `ray` from any feasible point stays feasible forever and improves the
    /// objective: the certificate that a feasible programme is unbounded. Tolerances are relative
    /// to the ray's size.
    func isImprovingRay(_ ray: [Double], objective: [Double], maximize: Bool) -> Bool {
        guard ray.count == variableCount, ray.allSatisfy(\.isFinite) else { return false }
        let size = ray.map(abs).max() ?? 0
        guard size > 0 else { return false }
        let tolerance = 1e-9 * size
        for variable in 0..<variableCount {
            if lower[variable].isFinite, ray[variable] < -tolerance { return false }
            if upper[variable].isFinite, ray[variable] > tolerance { return false }
        }
        for row in rows {
            let change = zip(row.variables, row.coefficients).reduce(0.0) { $0 + $1.1 * ray[$1.0] }
            let magnitude = zip(row.variables, row.coefficients).reduce(tolerance) { $0 + abs($1.1 * ray[$1.0]) }
            if row.lower.isFinite, change < -1e-9 * magnitude { return false }
            if row.upper.isFinite, change > 1e-9 * magnitude { return false }
        }
        let gain = zip(objective, ray).reduce(0.0) { $0 + $1.0 * $1.1 }
        let scale = zip(objective, ray).reduce(0.0) { $0 + abs($1.0 * $1.1) }
        return maximize ? gain > 1e-9 * scale : gain < -1e-9 * scale
    }
}
