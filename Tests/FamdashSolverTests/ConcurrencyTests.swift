import Foundation
import Testing
import FamdashSolver

/// Runs `body(thread)` on `count` threads at once and waits for all of them.
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            body(index)
            group.leave()
        }
        thread.stackSize = 8 << 20 // CBC recurses; the 512 KiB default of secondary threads is tight
        thread.start()
    }
    group.wait()
}

/// Mismatches found on other threads, for the test's thread to report.
final class Mismatches: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String] = []
    func add(_ text: String) { lock.withLock { found.append(text) } }
    var all: [String] { lock.withLock { found } }
}

@Suite("LP and integer solver: several threads at once")
struct ConcurrencyTests {
    /// Every objective of `sample` both ways on one warm solver.
    static func answers(_ sample: Case) -> [LPOutcome] {
        let solver = LPSolver(sample.program)
        return sample.objectives.flatMap { goal in [false, true].map { solver.optimize(goal, maximize: $0) } }
    }

    static func integerAnswers(_ sample: Case) -> [LPOutcome] {
        sample.objectives.flatMap { goal in [false, true].map { IntegerSolver.optimize(sample.program, goal, maximize: $0) } }
    }

    @Test("LP solvers on 8 threads at once give the answers of one thread")
    func lpSolversInParallel() {
        var random = SeededGenerator(seed: 0x7EAD)
        let samples = (0..<48).flatMap { _ in
            [RandomProgrammes.table(rows: Int.random(in: 3...12, using: &random), columns: 4, hiddenShare: 0.35, using: &random),
             RandomProgrammes.general(using: &random)]
        }
        let expected = samples.map(Self.answers)
        let mismatches = Mismatches()
        let threads = 8
        onThreads(threads) { thread in
            for round in 0..<3 {
                for index in stride(from: (thread + round) % threads, to: samples.count, by: threads) {
                    let got = Self.answers(samples[index])
                    for (a, b) in zip(got, expected[index]) where !sameAnswer(a, b) {
                        mismatches.add("case \(index) thread \(thread): \(a) vs \(b)")
                    }
                }
            }
        }
        #expect(mismatches.all.isEmpty, "\(mismatches.all.prefix(5))")
    }

    @Test("the integer solver called from 8 threads at once gives the answers of one thread")
    func integerSolverInParallel() {
        var random = SeededGenerator(seed: 0x1D7EAD)
        let samples = (0..<16).map { _ in RandomProgrammes.table(rows: 4, columns: 3, hiddenShare: 0.5, using: &random) }
        let expected = samples.map(Self.integerAnswers)
        let mismatches = Mismatches()
        onThreads(8) { thread in
            // Two threads per case, so the same programme is also solved twice at once.
            for index in stride(from: thread % 4, to: samples.count, by: 4) {
                for (a, b) in zip(Self.integerAnswers(samples[index]), expected[index]) where !sameAnswer(a, b) {
                    mismatches.add("case \(index) thread \(thread): \(a) vs \(b)")
                }
            }
        }
        #expect(mismatches.all.isEmpty, "\(mismatches.all.prefix(5))")
    }
}
