import FamdashFigures

/// The cheap half of the attacker: bounds on every hidden number from each relation alone,
/// tightened relation by relation until nothing changes. Counts are whole numbers >= 0, so a
/// hidden sum that the published figures force to zero pins all its parts at zero, and a
/// bound of 3.5 is a bound of 3. A count whose bounds meet is pinned; what this misses, the
/// solver audit finds, but this finds the common cases in linear time.
struct BoundPropagation {
    /// Hidden counts whose lower and upper bounds meet, by id.
    static func pinned(_ state: SuppressionState) -> [Int] {
        // The same relations, with published values folded in, that the solver audit reads.
        let system = AuditSystem(state.figures, hidden: state.hiddenCells)
        let rows = system.rows.map { row -> (terms: [(unknown: Int, coefficient: Double)], low: Double, high: Double) in
            switch row.comparison {
            case .equal: (row.terms, row.constant, row.constant)
            case .atMost: (row.terms, -.infinity, row.constant)
            case .atLeast: (row.terms, row.constant, .infinity)
            }
        }
        var low = Array(repeating: 0.0, count: system.unknownCells.count)
        var high = Array(repeating: Double.infinity, count: low.count)
        var rowsOf = Array(repeating: [Int](), count: low.count)
        for (index, row) in rows.enumerated() { for term in row.terms { rowsOf[term.unknown].append(index) } }
        var queue = Array(rows.indices)
        var queued = Array(repeating: true, count: rows.count)
        var steps = 0
        // Each tightening is by at least 1 on an integer variable or hits a bound: the loop
        // ends; the step cap is a guard against slow creep through long chains.
        while let index = queue.popLast(), steps < 50 * rows.count + 1000 {
            queued[index] = false
            steps += 1
            let row = rows[index]
            // The row's smallest and largest possible activity, from the current bounds.
            var minimum = 0.0, maximum = 0.0
            for term in row.terms {
                let a = term.coefficient
                minimum += a > 0 ? a * low[term.unknown] : a * high[term.unknown]
                maximum += a > 0 ? a * high[term.unknown] : a * low[term.unknown]
            }
            for term in row.terms {
                let a = term.coefficient, x = term.unknown
                let ownMin = a > 0 ? a * low[x] : a * high[x]
                let ownMax = a > 0 ? a * high[x] : a * low[x]
                // a*x <= high - (minimum - ownMin) and a*x >= low - (maximum - ownMax)
                let restMin = minimum - ownMin, restMax = maximum - ownMax
                var newLow = low[x], newHigh = high[x]
                if row.high.isFinite && restMin.isFinite {
                    let limit = (row.high - restMin) / a
                    if a > 0 { newHigh = min(newHigh, limit) } else { newLow = max(newLow, limit) }
                }
                if row.low.isFinite && restMax.isFinite {
                    let limit = (row.low - restMax) / a
                    if a > 0 { newLow = max(newLow, limit) } else { newHigh = min(newHigh, limit) }
                }
                // Whole numbers (hidden quantities and amounts are whole too).
                newLow = (newLow - 1e-7).rounded(.up)
                newHigh = (newHigh + 1e-7).rounded(.down)
                guard newLow > low[x] || newHigh < high[x] else { continue }
                low[x] = max(low[x], newLow)
                high[x] = min(high[x], newHigh)
                for other in rowsOf[x] where !queued[other] {
                    queued[other] = true
                    queue.append(other)
                }
            }
        }
        return system.unknownCells.indices.compactMap { unknown in
            guard system.isCount[unknown], low[unknown] == high[unknown], let cell = system.unknownCells[unknown] else { return nil }
            return state.idOf[cell]
        }
    }
}
