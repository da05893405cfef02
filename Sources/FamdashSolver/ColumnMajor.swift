/// A programme in the compressed-column layout of `Clp_loadProblem` and `Cbc_loadProblem`.
struct ColumnMajor {
    var starts: [Int32]
    var rowIndexes: [Int32]
    var elements: [Double]
    var columnLower: [Double]
    var columnUpper: [Double]
    var rowLower: [Double]
    var rowUpper: [Double]

    var columnCount: Int32 { Int32(columnLower.count) }
    var rowCount: Int32 { Int32(rowLower.count) }
}

/// COIN-OR's "no bound" is `COIN_DBL_MAX` (`DBL_MAX`); both libraries treat anything at or
/// beyond about 1e30 as infinite, but DBL_MAX is the documented value.
func coinBound(_ value: Double) -> Double {
    if value == .infinity { return .greatestFiniteMagnitude }
    if value == -.infinity { return -.greatestFiniteMagnitude }
    return value
}

/// A dense objective vector from terms (repeated variables summed), or what is wrong with them.
func denseObjective(_ terms: [(variable: Int, coefficient: Double)], variableCount: Int) -> Result<[Double], LinearProgram.InvalidInput> {
    var dense = Array(repeating: 0.0, count: variableCount)
    for term in terms {
        guard term.variable >= 0, term.variable < variableCount else {
            return .failure(.init(message: "objective: variable \(term.variable) is outside 0..<\(variableCount)"))
        }
        guard term.coefficient.isFinite else {
            return .failure(.init(message: "objective: coefficient \(term.coefficient) of variable \(term.variable) is not finite"))
        }
        dense[term.variable] += term.coefficient
    }
    return .success(dense)
}

/// What one optimisation found.
public enum LPOutcome: Sendable, Equatable {
    /// An optimum: the objective's value and one point attaining it (one value per variable).
    case optimal(objective: Double, values: [Double])
    /// No point satisfies every relation and bound.
    case infeasible
    /// Feasible, and the objective improves without limit in the asked direction.
    case unbounded
    /// The programme was invalid or the solver gave no trustworthy answer; the text says which.
    case failed(String)
}
