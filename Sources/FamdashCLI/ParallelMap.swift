import Foundation

/// Maps an array on all cores, keeping the input order in the output.
enum ParallelMap {
    /// Each iteration writes only its own slot, so sharing the buffer across threads is safe;
    /// the box tells the compiler what it cannot see.
    private struct Shared<Value>: @unchecked Sendable { let value: Value }

    static func map<Element, Result>(_ items: [Element], _ transform: (Element) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        withoutActuallyEscaping(transform) { transform in
            let shared = Shared(value: (items, transform, results))
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                let (items, transform, results) = shared.value
                results[index] = transform(items[index])
            }
        }
        return results.map { $0! }
    }
}
