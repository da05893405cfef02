import CCbc
import Foundation

/// Integer programmes with CBC: every variable of the programme is an integer.
///
/// CBC's solve (`CbcMain1` behind `Cbc_solve`) is not thread-safe in CBC 2.10 (coin-or/Cbc#332,
/// #223; Debian builds it without CBC_THREAD_SAFE). Measured here without a lock, 8 threads give
/// wrong answers within a second: solves that never start (status -1) and CBC's interactive
/// "Coin:" prompt on stdout. So every use of CBC in this process goes through one lock: calls
/// from several threads are correct but run one at a time.
public enum IntegerSolver {
    /// Minimises or maximises `sum(coefficient * x[variable])` over the integer points of `program`.
    /// Values are returned rounded to the integers CBC found (within its 1e-6 integrality tolerance).
    public static func optimize(
        _ program: LinearProgram, _ objective: [(variable: Int, coefficient: Double)], maximize: Bool
    ) -> LPOutcome {
        if let problem = program.problem { return .failed(problem) }
        let dense: [Double]
        switch denseObjective(objective, variableCount: program.variableCount) {
        case .success(let vector): dense = vector
        case .failure(let invalid): return .failed(invalid.message)
        }
        // Integer bounds: an interval without an integer in it is infeasible, whatever CBC would say.
        if zip(program.lower, program.upper).contains(where: { $0.rounded(.up) > $1.rounded(.down) }) { return .infeasible }
        return cbcLock.withLock { solve(program, dense: dense, maximize: maximize) }
    }

    /// Held around every CBC call (creation, solve, deletion): see the type's comment.
    private static let cbcLock = NSLock()

    private static func solve(_ program: LinearProgram, dense: [Double], maximize: Bool) -> LPOutcome {
        // Cbc_Model is `void` in the C header; the model lives only inside this call.
        guard let model = Cbc_newModel() else { return .failed("CBC model was not created") }
        defer { Cbc_deleteModel(model) }
        let matrix = program.columnMajor()
        matrix.starts.withUnsafeBufferPointer { starts in
            matrix.rowIndexes.withUnsafeBufferPointer { rowIndexes in
                matrix.elements.withUnsafeBufferPointer { elements in
                    matrix.columnLower.withUnsafeBufferPointer { columnLower in
                        matrix.columnUpper.withUnsafeBufferPointer { columnUpper in
                            dense.withUnsafeBufferPointer { objective in
                                matrix.rowLower.withUnsafeBufferPointer { rowLower in
                                    matrix.rowUpper.withUnsafeBufferPointer { rowUpper in
                                        Cbc_loadProblem(
                                            model, matrix.columnCount, matrix.rowCount,
                                            starts.baseAddress, rowIndexes.baseAddress, elements.baseAddress,
                                            columnLower.baseAddress, columnUpper.baseAddress, objective.baseAddress,
                                            rowLower.baseAddress, rowUpper.baseAddress
                                        )
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        for column in 0..<matrix.columnCount { Cbc_setInteger(model, column) }
        Cbc_setObjSense(model, maximize ? -1 : 1)
        // Both: the log level of the model and the "-log 0" argument CbcMain1 reads (it prints otherwise).
        Cbc_setLogLevel(model, 0)
        Cbc_setParameter(model, "log", "0")
        // One search thread: the audit parallelises over periods, and CBC's threads are its least tested code.
        Cbc_setParameter(model, "threads", "0")
        // No presolve or preprocessing: CoinPresolve's implied-free pass is quadratic on long
        // sum rows, and the audit's programmes are small.
        Cbc_setParameter(model, "presolve", "off")
        Cbc_setParameter(model, "preprocess", "off")
        Cbc_solve(model)

        if Cbc_isProvenOptimal(model) != 0 {
            let count = program.variableCount
            guard count == 0 || Cbc_getColSolution(model) != nil else { return .failed("CBC returned no solution") }
            let raw = Cbc_getColSolution(model).map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
            let values = raw.map { $0.rounded() }
            if let far = zip(raw, values).first(where: { abs($0 - $1) > 1e-5 }) {
                return .failed("CBC's optimum is not integral (\(far.0))")
            }
            let violation = program.worstViolation(values)
            guard violation.amount <= 1e-6 else { return .failed("CBC's optimum violates the programme: \(violation.what)") }
            let objective = zip(dense, values).reduce(0.0) { $0 + $1.0 * $1.1 }
            return .optimal(objective: objective, values: values)
        }
        if Cbc_isContinuousUnbounded(model) != 0 {
            // An unbounded relaxation proves an unbounded integer programme only if there is an
            // integer point at all (for rational data); a zero objective cannot be unbounded.
            guard dense.contains(where: { $0 != 0 }) else { return .failed("CBC: a zero objective reported unbounded") }
            let zero = [Double](repeating: 0, count: dense.count)
            switch solve(program, dense: zero, maximize: false) {
            case .optimal: return .unbounded
            case .infeasible: return .infeasible
            case let other: return other
            }
        }
        if Cbc_isProvenInfeasible(model) != 0 { return .infeasible }
        return .failed("CBC stopped without a proof (status \(Cbc_status(model)), secondary \(Cbc_secondaryStatus(model)))")
    }
}
