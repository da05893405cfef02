import FamdashModel

/// Each family's RAG status per measure in one quarter, kept only to compare with the next.
/// Family ids stay in memory here and are never published.
public struct RAGSnapshot: Sendable {
    /// Per family: per measure, 0 red, 1 amber, 2 green, 3 not assessed or not qualifying.
    public var statuses: [String: [UInt8]]

    public init(_ period: Period) {
        var statuses: [String: [UInt8]] = [:]
        statuses.reserveCapacity(period.families.count)
        for family in period.families {
            statuses[family.id] = family.rag.map { $0?.rawValue ?? 3 }
        }
        self.statuses = statuses
    }
}

/// `rag-movement`: families assessed on a measure in both quarters, by previous (rows) and
/// current (columns) status. Matched on family_id, which is never published.
public enum RAGMovement {
    public static let statusNames = ["red", "amber", "green"]

    public static func table(previous: RAGSnapshot?, current: RAGSnapshot, measures: [Measure]) -> FigureTable {
        var table = FigureTable(name: "rag-movement", columns: [
            .init("measure", .label), .init("from", .label),
            .init("to_red", .count), .init("to_amber", .count), .init("to_green", .count),
        ])
        guard let previous else { return table }
        var counts = Array(repeating: Array(repeating: Array(repeating: 0, count: 3), count: 3), count: measures.count)
        for (id, now) in current.statuses {
            guard let before = previous.statuses[id] else { continue }
            for measure in 0..<min(measures.count, now.count, before.count) where now[measure] < 3 && before[measure] < 3 {
                counts[measure][Int(before[measure])][Int(now[measure])] += 1
            }
        }
        for (index, measure) in measures.enumerated() {
            for from in 0..<3 {
                table.append(labels: [measure.key, statusNames[from]], counts: counts[index][from])
            }
        }
        return table
    }
}
