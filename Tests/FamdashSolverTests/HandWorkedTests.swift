import FamdashSolver
import Testing

/// The optimum's objective, or nil for any other outcome (so `#expect` shows what came back).
func objective(_ outcome: LPOutcome) -> Double? {
    if case .optimal(let value, _) = outcome { return value }
    return nil
}

/// Min and max of one variable with a fresh LP solver.
func lpRange(_ program: LinearProgram, _ variable: Int) -> (LPOutcome, LPOutcome) {
    let solver = LPSolver(program)
    return (solver.optimize([(variable, 1)], maximize: false), solver.optimize([(variable, 1)], maximize: true))
}

func close(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= 1e-7
}

@Suite("LP and integer solver: hand-worked programmes")
struct HandWorkedTests {
    @Test("2x2 table: x11 + x12 = 1 and x11 + x21 = 0 force x11 = 0 and x12 = 1")
    func forcedCell() {
        // x11 x12 / x21 x22 as variables 0 1 / 2 3.
        var program = LinearProgram(variableCount: 4)
        program.add([(0, 1), (1, 1)], .equal, 1)
        program.add([(0, 1), (2, 1)], .equal, 0)
        let solver = LPSolver(program)
        #expect(close(objective(solver.optimize([(1, 1)], maximize: false)), 1))
        #expect(close(objective(solver.optimize([(1, 1)], maximize: true)), 1))
        #expect(close(objective(solver.optimize([(0, 1)], maximize: true)), 0))
        #expect(close(objective(solver.optimize([(2, 1)], maximize: true)), 0))
        // x22 appears in no relation: at least 0, no upper limit.
        #expect(close(objective(solver.optimize([(3, 1)], maximize: false)), 0))
        #expect(solver.optimize([(3, 1)], maximize: true) == .unbounded)
    }

    @Test("a total of zero pins every hidden part at 0")
    func zeroSum() {
        var program = LinearProgram(variableCount: 5)
        program.add((0..<5).map { ($0, 1.0) }, .equal, 0)
        let solver = LPSolver(program)
        for variable in 0..<5 {
            #expect(close(objective(solver.optimize([(variable, 1)], maximize: false)), 0))
            #expect(close(objective(solver.optimize([(variable, 1)], maximize: true)), 0))
        }
    }

    @Test("an unbounded maximum is reported as unbounded, the bounded minimum as a number")
    func unbounded() {
        var program = LinearProgram(variableCount: 2)
        program.add([(0, 1), (1, -1)], .equal, 1) // x = y + 1
        let solver = LPSolver(program)
        #expect(solver.optimize([(0, 1)], maximize: true) == .unbounded)
        #expect(close(objective(solver.optimize([(0, 1)], maximize: false)), 1))
        #expect(solver.optimize([(0, 1), (1, 1)], maximize: true) == .unbounded)
        // Fresh model straight into the unbounded direction, and the integer solver too.
        #expect(LPSolver(program).optimize([(1, 1)], maximize: true) == .unbounded)
        #expect(IntegerSolver.optimize(program, [(0, 1)], maximize: true) == .unbounded)
        #expect(close(objective(IntegerSolver.optimize(program, [(0, 1)], maximize: false)), 1))
    }

    @Test("an infeasible system is infeasible in both directions, for both solvers")
    func infeasible() {
        var program = LinearProgram(variableCount: 2)
        program.add([(0, 1), (1, 1)], .equal, 1)
        program.add([(0, 1)], .atLeast, 2)
        let (low, high) = lpRange(program, 1)
        #expect(low == .infeasible)
        #expect(high == .infeasible)
        #expect(IntegerSolver.optimize(program, [(1, 1)], maximize: true) == .infeasible)
        // Infeasible and "unbounded" at once (y free to grow in the objective): infeasible wins.
        var both = program
        both.add([(0, 1), (1, -1)], .atMost, 5)
        #expect(LPSolver(both).optimize([(1, 1)], maximize: true) == .infeasible)
        #expect(IntegerSolver.optimize(both, [(1, 1)], maximize: true) == .infeasible)
    }

    @Test("crossed bounds and integer-free intervals are infeasible without asking a solver")
    func crossedBounds() {
        var program = LinearProgram(variableCount: 1)
        program.setBounds(0, lower: 2, upper: 1)
        #expect(LPSolver(program).optimize([(0, 1)], maximize: true) == .infeasible)
        var fractional = LinearProgram(variableCount: 1)
        fractional.setBounds(0, lower: 0.2, upper: 0.8)
        #expect(close(objective(LPSolver(fractional).optimize([(0, 1)], maximize: true)), 0.8))
        #expect(IntegerSolver.optimize(fractional, [(0, 1)], maximize: true) == .infeasible)
    }

    @Test("an inequality: x <= y with y = 3 gives x in [0, 3]")
    func inequality() {
        var program = LinearProgram(variableCount: 2)
        program.add([(0, 1), (1, -1)], .atMost, 0)
        program.add([(1, 1)], .equal, 3)
        let (low, high) = lpRange(program, 0)
        #expect(close(objective(low), 0))
        #expect(close(objective(high), 3))
        if case .optimal(_, let values) = high {
            #expect(values.count == 2)
            #expect(abs(values[0] - 3) <= 1e-7 && abs(values[1] - 3) <= 1e-7)
        }
    }

    @Test("2x + y = 3, y <= 1: LP range of x is [1, 1.5], integer range the single value 1")
    func integerPinned() {
        var program = LinearProgram(variableCount: 2)
        program.add([(0, 2), (1, 1)], .equal, 3)
        program.setBounds(1, lower: 0, upper: 1)
        let (low, high) = lpRange(program, 0)
        #expect(close(objective(low), 1))
        #expect(close(objective(high), 1.5))
        #expect(IntegerSolver.optimize(program, [(0, 1)], maximize: false) == .optimal(objective: 1, values: [1, 1]))
        #expect(IntegerSolver.optimize(program, [(0, 1)], maximize: true) == .optimal(objective: 1, values: [1, 1]))
    }

    @Test("objective values are in the caller's sense for maximising, including negative coefficients")
    func objectiveSense() {
        var program = LinearProgram(variableCount: 2)
        program.add([(0, 1), (1, 1)], .atMost, 4)
        program.setBounds(0, lower: 1, upper: 3)
        let solver = LPSolver(program)
        #expect(close(objective(solver.optimize([(0, 2), (1, 1)], maximize: true)), 7)) // x = 3, y = 1
        #expect(close(objective(solver.optimize([(0, -1)], maximize: true)), -1)) // x = 1
        #expect(close(objective(solver.optimize([(0, -1), (1, -1)], maximize: false)), -4))
        #expect(IntegerSolver.optimize(program, [(0, 2), (1, 1)], maximize: true) == .optimal(objective: 7, values: [3, 1]))
    }

    @Test("repeated variables in a relation or objective are summed; zero coefficients dropped")
    func repeatedTerms() {
        var program = LinearProgram(variableCount: 2)
        program.add([(0, 1), (0, 1), (1, 0)], .equal, 4) // 2x = 4
        #expect(program.constraintCount == 1)
        let solver = LPSolver(program)
        #expect(close(objective(solver.optimize([(0, 1), (0, 2)], maximize: true)), 6))
    }

    @Test("invalid input is a failed outcome naming it, never a trap")
    func invalidInput() {
        var program = LinearProgram(variableCount: 2)
        program.add([(2, 1)], .equal, 1)
        program.add([(0, .nan)], .equal, 1) // later problems are not reported over the first
        guard case .failed(let message) = LPSolver(program).optimize([(0, 1)], maximize: true) else {
            Issue.record("expected a failure")
            return
        }
        #expect(message.contains("variable 2"))
        #expect(IntegerSolver.optimize(program, [(0, 1)], maximize: true) == .failed(message))

        let valid = LinearProgram(variableCount: 1)
        guard case .failed(let objectiveMessage) = LPSolver(valid).optimize([(5, 1)], maximize: true) else {
            Issue.record("expected a failure")
            return
        }
        #expect(objectiveMessage.contains("objective"))
        var badBounds = LinearProgram(variableCount: 1)
        badBounds.setBounds(0, lower: .nan, upper: 1)
        #expect(badBounds.problem != nil)
        var badConstant = LinearProgram(variableCount: 1)
        badConstant.add([(0, 1)], .atMost, .infinity)
        #expect(badConstant.problem != nil)
    }

    @Test("free variables (no lower bound) and empty programmes")
    func edgeCases() {
        var free = LinearProgram(variableCount: 2)
        free.setBounds(0, lower: -.infinity, upper: nil)
        free.add([(0, 1), (1, 1)], .equal, 2)
        #expect(LPSolver(free).optimize([(0, 1)], maximize: false) == .unbounded)
        #expect(close(objective(LPSolver(free).optimize([(0, 1)], maximize: true)), 2))
        let empty = LinearProgram(variableCount: 0)
        #expect(LPSolver(empty).optimize([], maximize: true) == .optimal(objective: 0, values: []))
    }
}
