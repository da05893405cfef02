import Testing
@testable import FamdashSolver

@Suite("LP and integer solver: random programmes against references")
struct PropertyTests {
    @Test("warm-started re-solves give the fresh model's answer: audit-like tables", arguments: 0..<4)
    func warmEqualsFreshTables(seedOffset: Int) {
        var random = SeededGenerator(seed: 0x7AB1E + UInt64(seedOffset))
        var compared = 0
        for _ in 0..<60 {
            let rows = Int.random(in: 2...7, using: &random)
            let columns = Int.random(in: 2...5, using: &random)
            let sample = RandomProgrammes.table(rows: rows, columns: columns, hiddenShare: 0.4, using: &random)
            compared += compareWarmAndFresh(sample)
        }
        #expect(compared > 500)
    }

    @Test("warm-started re-solves give the fresh model's answer: general small systems, infeasible and unbounded included")
    func warmEqualsFreshGeneral() {
        var random = SeededGenerator(seed: 0x6E6E)
        var kinds: [String: Int] = [:]
        for _ in 0..<400 {
            let sample = RandomProgrammes.general(using: &random)
            compareWarmAndFresh(sample)
            for objective in sample.objectives {
                let kind = switch LPSolver(sample.program).optimize(objective, maximize: true) {
                case .optimal: "optimal"
                case .infeasible: "infeasible"
                case .unbounded: "unbounded"
                case .failed: "failed"
                }
                kinds[kind, default: 0] += 1
            }
        }
        // The generator must exercise every outcome for the comparison to mean anything.
        #expect(kinds["optimal", default: 0] > 100)
        #expect(kinds["infeasible", default: 0] > 50)
        #expect(kinds["unbounded", default: 0] > 50)
        #expect(kinds["failed", default: 0] == 0)
    }

    @Test("LP optima match vertex enumeration on box-bounded systems")
    func lpMatchesVertexEnumeration() {
        var random = SeededGenerator(seed: 0x5EED)
        var feasible = 0
        for _ in 0..<300 {
            let sample = RandomProgrammes.general(using: &random, box: 4, maxVariables: 3)
            let solver = LPSolver(sample.program)
            for goal in sample.objectives {
                for maximize in [false, true] {
                    let expected = VertexEnumeration.optimum(sample.program, goal, maximize: maximize)
                    let outcome = solver.optimize(goal, maximize: maximize)
                    if let expected {
                        feasible += 1
                        #expect(close(objective(outcome), expected, tolerance: 1e-6), "\(sample.program) \(goal) max \(maximize): \(outcome) vs \(expected)")
                    } else {
                        #expect(outcome == .infeasible, "\(sample.program) \(goal): \(outcome)")
                    }
                }
            }
        }
        #expect(feasible > 300)
    }

    @Test("LP outcomes (unbounded and infeasible included) match vertex enumeration in two boxes")
    func lpMatchesBoxedReference() {
        var random = SeededGenerator(seed: 0xB0C5)
        var kinds: [String: Int] = [:]
        for _ in 0..<250 {
            let sample = RandomProgrammes.general(using: &random, maxVariables: 4)
            let solver = LPSolver(sample.program)
            for goal in sample.objectives {
                for maximize in [false, true] {
                    let expected = BoxedReference.outcome(sample.program, goal, maximize: maximize)
                    let outcome = solver.optimize(goal, maximize: maximize)
                    kinds["\(expected)".prefix(5).description, default: 0] += 1
                    #expect(sameAnswer(outcome, expected), "\(sample.program) \(goal) max \(maximize): \(outcome) vs \(expected)")
                }
            }
        }
        #expect(kinds["optim", default: 0] > 200 && kinds["infea", default: 0] > 100 && kinds["unbou", default: 0] > 100, "\(kinds)")
    }

    @Test("integer optima match enumeration of every integer point")
    func integerMatchesEnumeration() {
        var random = SeededGenerator(seed: 0x1A7E6E5)
        var feasible = 0
        for _ in 0..<120 {
            let sample = RandomProgrammes.general(using: &random, box: 3, maxVariables: 3)
            for goal in sample.objectives.prefix(2) {
                for maximize in [false, true] {
                    let expected = GridEnumeration.optimum(sample.program, goal, maximize: maximize, box: 3)
                    let outcome = IntegerSolver.optimize(sample.program, goal, maximize: maximize)
                    if let expected {
                        feasible += 1
                        #expect(objective(outcome) == expected, "\(sample.program) \(goal) max \(maximize): \(outcome) vs \(expected)")
                    } else {
                        #expect(outcome == .infeasible, "\(sample.program) \(goal): \(outcome)")
                    }
                }
            }
        }
        #expect(feasible > 60)
    }

    @Test("integer solver on audit-like tables: within the LP range, and equal to it where the LP range is integral")
    func integerWithinLPRange() {
        var random = SeededGenerator(seed: 0xC0FFEE)
        for _ in 0..<25 {
            let sample = RandomProgrammes.table(rows: 3, columns: 3, hiddenShare: 0.5, using: &random)
            let solver = LPSolver(sample.program)
            for objective in sample.objectives {
                for maximize in [false, true] {
                    let lp = solver.optimize(objective, maximize: maximize)
                    let ip = IntegerSolver.optimize(sample.program, objective, maximize: maximize)
                    // Totals of integer tables with integral margins: the LP optimum is integral
                    // (transportation matrices are totally unimodular), so both must agree.
                    #expect(sameAnswer(lp, ip), "\(lp) vs \(ip)")
                }
            }
        }
    }
}

func close(_ value: Double?, _ expected: Double, tolerance: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance * (1 + abs(expected))
}

/// Checks every objective of `sample`, both ways, with one warm solver against a fresh solver
/// per solve; returns how many solves were compared.
@discardableResult
func compareWarmAndFresh(_ sample: Case) -> Int {
    let warm = LPSolver(sample.program)
    var compared = 0
    for objective in sample.objectives {
        for maximize in [false, true] {
            let again = warm.optimize(objective, maximize: maximize)
            let fresh = LPSolver(sample.program).optimize(objective, maximize: maximize)
            #expect(!isFailure(again) && !isFailure(fresh), "\(again) \(fresh)")
            #expect(sameAnswer(again, fresh), "\(sample.program) \(objective) max \(maximize): warm \(again), fresh \(fresh)")
            compared += 1
        }
    }
    return compared
}
