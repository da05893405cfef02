import FamdashSolver

/// SplitMix64: a seeded generator, so every random programme here is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

typealias Objective = [(variable: Int, coefficient: Double)]

/// A programme and the objectives to optimise over it, each both ways.
struct Case: Sendable {
    var program: LinearProgram
    var objectives: [[(variable: Int, coefficient: Double)]]
}

enum RandomProgrammes {
    /// What the audit builds: a table of counts with every row and column total published, some
    /// cells published (fixed by bounds or by an equality) and the rest hidden; one objective per
    /// hidden cell.
    static func table(rows: Int, columns: Int, hiddenShare: Double, using random: inout SeededGenerator) -> Case {
        let values = (0..<rows).map { _ in (0..<columns).map { _ in Bool.random(using: &random) ? 0 : Int.random(in: 0...12, using: &random) } }
        var program = LinearProgram(variableCount: rows * columns)
        var hidden: [Int] = []
        for row in 0..<rows {
            for column in 0..<columns {
                let cell = row * columns + column
                if Double.random(in: 0..<1, using: &random) < hiddenShare {
                    hidden.append(cell)
                } else if Bool.random(using: &random) {
                    let value = Double(values[row][column])
                    program.setBounds(cell, lower: value, upper: value)
                } else {
                    program.add([(cell, 1)], .equal, Double(values[row][column]))
                }
            }
        }
        for row in 0..<rows {
            program.add((0..<columns).map { (row * columns + $0, 1.0) }, .equal, Double(values[row].reduce(0, +)))
        }
        for column in 0..<columns {
            program.add((0..<rows).map { ($0 * columns + column, 1.0) }, .equal, Double((0..<rows).map { values[$0][column] }.reduce(0, +)))
        }
        return Case(program: program, objectives: hidden.map { [($0, 1.0)] })
    }

    /// Small general systems: mixed comparisons, negative coefficients, some upper bounds; often
    /// infeasible or unbounded, which is the point.
    static func general(using random: inout SeededGenerator, box: Double? = nil, maxVariables: Int = 6) -> Case {
        let count = Int.random(in: 1...maxVariables, using: &random)
        var program = LinearProgram(variableCount: count)
        for variable in 0..<count {
            if let box {
                program.setBounds(variable, lower: 0, upper: box)
            } else if Int.random(in: 0..<4, using: &random) == 0 {
                program.setBounds(variable, lower: 0, upper: Double(Int.random(in: 1...6, using: &random)))
            }
        }
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            let terms = (0..<count).compactMap { variable -> (variable: Int, coefficient: Double)? in
                Bool.random(using: &random) ? (variable, Double(Int.random(in: -3...3, using: &random))) : nil
            }
            let comparison: LinearProgram.Comparison = [.equal, .atMost, .atLeast][Int.random(in: 0..<3, using: &random)]
            program.add(terms, comparison, Double(Int.random(in: -4...8, using: &random)))
        }
        let objectives = (0..<3).map { _ in
            (0..<count).map { (variable: $0, coefficient: Double(Int.random(in: -2...2, using: &random))) }
        }
        return Case(program: program, objectives: objectives)
    }
}

/// Outcomes compared as the audit uses them: the kind, and the objective to a tolerance.
func sameAnswer(_ a: LPOutcome, _ b: LPOutcome) -> Bool {
    switch (a, b) {
    case let (.optimal(x, _), .optimal(y, _)): abs(x - y) <= 1e-6 * (1 + abs(x))
    case (.infeasible, .infeasible), (.unbounded, .unbounded): true
    default: false
    }
}

func isFailure(_ outcome: LPOutcome) -> Bool {
    if case .failed = outcome { return true }
    return false
}
