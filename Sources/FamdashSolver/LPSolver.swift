import CClp

/// One CLP model of a `LinearProgram`, optimised for one objective after another.
///
/// The constraints are loaded once; each `optimize` changes only the objective and starts from
/// the basis the previous solve ended with (CLP keeps it in the model). The old optimal basis is
/// still primal feasible for a new objective, so re-solves use the primal simplex.
///
/// Not safe to share between threads: give each thread (each period of the audit) its own solver.
/// Separate solvers on separate threads are fine (tested; CLP keeps no shared mutable state on
/// the paths used here).
public final class LPSolver {
    public let program: LinearProgram
    /// Clp_Simplex is `void` in the C header, so the model is a raw pointer; owned, freed in deinit.
    private var model: UnsafeMutableRawPointer?
    /// Whether the model holds a basis from an earlier solve worth starting from.
    private var warm = false

    /// How re-solves start; public only to the benchmark.
    @_spi(Benchmark) public enum Resolve: Sendable { case primal, dual, cold }
    @_spi(Benchmark) public var resolve: Resolve = .primal

    public init(_ program: LinearProgram) {
        self.program = program
        if program.problem == nil { load() }
    }

    deinit {
        if let model { Clp_deleteModel(model) }
    }

    /// Minimises or maximises `sum(coefficient * x[variable])` over the programme.
    public func optimize(_ objective: [(variable: Int, coefficient: Double)], maximize: Bool) -> LPOutcome {
        if let problem = program.problem { return .failed(problem) }
        // CLP's handling of crossed bounds is not documented; the answer is known without it.
        if program.hasCrossedBounds { return .infeasible }
        let dense: [Double]
        switch denseObjective(objective, variableCount: program.variableCount) {
        case .success(let vector): dense = vector
        case .failure(let invalid): return .failed(invalid.message)
        }
        if resolve == .cold { load() }
        guard let model else { return .failed("CLP model was not created") }
        dense.withUnsafeBufferPointer { Clp_chgObjCoefficients(model, $0.baseAddress) }
        Clp_setOptimizationDirection(model, maximize ? -1 : 1)

        let startedWarm = warm
        var outcome = solve(model, dense: dense)
        if case .failed = outcome, startedWarm {
            // A warm start can inherit a badly conditioned basis; one cold retry before giving up.
            load()
            if let fresh = self.model {
                dense.withUnsafeBufferPointer { Clp_chgObjCoefficients(fresh, $0.baseAddress) }
                Clp_setOptimizationDirection(fresh, maximize ? -1 : 1)
                outcome = solve(fresh, dense: dense)
            }
        }
        return outcome
    }

    /// One solve on `model` (objective and direction already set) and what it means.
    private func solve(_ model: UnsafeMutableRawPointer, dense: [Double]) -> LPOutcome {
        if !warm {
            // The dual simplex from the slack basis, without presolve: CoinPresolve's
            // implied-free pass is quadratic on the audit's long sum rows (96% of a national
            // build's time went there), and these programmes are small and sparse.
            Clp_dual(model, 0)
        } else if resolve == .dual {
            Clp_dual(model, 0)
        } else {
            Clp_primal(model, 0)
        }
        warm = true
        let status = Clp_status(model)
        switch status {
        case 0:
            return checkedOptimum(model, dense: dense)
        case 1, 2, 4:
            return settle(model, dense: dense, first: status)
        default:
            return .failed("CLP stopped on an iteration or time limit (status \(status))")
        }
    }

    /// An optimum CLP reports, unless its secondary status says it is not one.
    private func checkedOptimum(_ model: UnsafeMutableRawPointer, dense: [Double]) -> LPOutcome {
        // Secondary status 2-4: optimal only when scaled; 5: gave up with flagged variables;
        // 7: postsolve found it not optimal; 8: bad matrix element. (6 is "presolve left an
        // empty problem and it was solved directly": a real optimum, common on tiny systems.)
        let secondary = Clp_secondaryStatus(model)
        guard ![2, 3, 4, 5, 7, 8].contains(secondary) else {
            return .failed("CLP: status optimal, but secondary status \(secondary) (not a proven optimum)")
        }
        return optimum(model, dense: dense)
    }

    /// Decides infeasible / unbounded / optimal after CLP said "infeasible", "unbounded" or "errors".
    ///
    /// Neither verdict of CLP's is a proof: it reports status 1 (primal infeasible) for feasible,
    /// unbounded programmes (a variable in no relation whose objective pulls it to infinity: the
    /// infeasibility weight of its composite objective runs out), and status 2 before it has a
    /// feasible point. So: (1) a zero objective, which cannot be unbounded, settles feasibility;
    /// (2) from that feasible basis the primal simplex only moves between feasible points, and an
    /// unboundedness it reports comes with a ray, which is checked against the programme.
    private func settle(_ model: UnsafeMutableRawPointer, dense: [Double], first: Int32) -> LPOutcome {
        let zero = [Double](repeating: 0, count: program.variableCount)
        zero.withUnsafeBufferPointer { Clp_chgObjCoefficients(model, $0.baseAddress) }
        Clp_dual(model, 0) // any basis is dual feasible for a zero objective
        switch Clp_status(model) {
        case 0: break
        case 1: return .infeasible
        default: return .failed("CLP could not decide feasibility (status \(first), then \(Clp_status(model)))")
        }
        dense.withUnsafeBufferPointer { Clp_chgObjCoefficients(model, $0.baseAddress) }
        Clp_primal(model, 0)
        let status = Clp_status(model)
        switch status {
        case 0:
            return checkedOptimum(model, dense: dense)
        case 2:
            guard let pointer = Clp_unboundedRay(model) else { return .failed("CLP reported unbounded without a ray") }
            defer { Clp_freeRay(model, pointer) }
            let ray = Array(UnsafeBufferPointer(start: pointer, count: program.variableCount))
            let maximize = Clp_getObjSense(model) < 0
            guard program.isImprovingRay(ray, objective: dense, maximize: maximize) else {
                return .failed("CLP reported unbounded with a ray that is not one: \(ray)")
            }
            return .unbounded
        default:
            return .failed("CLP found a feasible point, then stopped with status \(status)")
        }
    }

    private func optimum(_ model: UnsafeMutableRawPointer, dense: [Double]) -> LPOutcome {
        let count = program.variableCount
        guard count == 0 || Clp_getColSolution(model) != nil else { return .failed("CLP returned no solution") }
        let values: [Double]
        if let solution = Clp_getColSolution(model) {
            values = Array(UnsafeBufferPointer(start: solution, count: count))
        } else {
            values = []
        }
        // Trust but verify: a point outside the programme is a solver failure, not an answer.
        let violation = program.worstViolation(values)
        guard violation.amount <= 1e-6 else { return .failed("CLP's optimum violates the programme: \(violation.what)") }
        // The objective from the point itself: no dependence on CLP's sign convention for maximising.
        let objective = zip(dense, values).reduce(0.0) { $0 + $1.0 * $1.1 }
        return .optimal(objective: objective, values: values)
    }

    /// (Re)creates the CLP model from the programme, discarding any basis.
    private func load() {
        if let model { Clp_deleteModel(model) }
        warm = false
        guard let fresh = Clp_newModel() else {
            model = nil
            return
        }
        model = fresh
        Clp_setLogLevel(fresh, 0) // CLP prints to stdout by default; famdash owns stdout
        let matrix = program.columnMajor()
        matrix.starts.withUnsafeBufferPointer { starts in
            matrix.rowIndexes.withUnsafeBufferPointer { rowIndexes in
                matrix.elements.withUnsafeBufferPointer { elements in
                    matrix.columnLower.withUnsafeBufferPointer { columnLower in
                        matrix.columnUpper.withUnsafeBufferPointer { columnUpper in
                            matrix.rowLower.withUnsafeBufferPointer { rowLower in
                                matrix.rowUpper.withUnsafeBufferPointer { rowUpper in
                                    Clp_loadProblem(
                                        fresh, matrix.columnCount, matrix.rowCount,
                                        starts.baseAddress, rowIndexes.baseAddress, elements.baseAddress,
                                        columnLower.baseAddress, columnUpper.baseAddress, nil,
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
}
