import Foundation

/// Time per pipeline stage, summed over the threads that ran it, printed with `--timings` so
/// the slowest stage is visible.
final class StageTimer: @unchecked Sendable {
    private var totals: [String: Double] = [:]
    private var order: [String] = []
    private let lock = NSLock()

    func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            lock.lock()
            if totals[stage] == nil { order.append(stage) }
            totals[stage, default: 0] += seconds
            lock.unlock()
        }
        return try body()
    }

    var report: String {
        order.map { String(format: "%-12@ %8.3f s", $0 as NSString, totals[$0] ?? 0) }.joined(separator: "\n")
    }
}
