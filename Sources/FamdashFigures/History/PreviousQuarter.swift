import FamdashModel

/// What a quarter keeps of the one before it: each family's RAG status (matched by family_id,
/// which stays in memory and is never published) and last quarter's RAG counts, which bound
/// the movement between them.
public struct PreviousQuarter: Sendable {
    public let name: PeriodName
    public let snapshot: RAGSnapshot
    /// Per measure: red, amber, green families last quarter.
    public let ragCounts: [[Int]]

    public init(_ period: Period, measures: Int) {
        name = period.name
        snapshot = RAGSnapshot(period)
        var counts = Array(repeating: [0, 0, 0], count: measures)
        for family in period.families {
            for measure in 0..<min(measures, family.rag.count) {
                if let rag = family.rag[measure] { counts[measure][Int(rag.rawValue)] += 1 }
            }
        }
        ragCounts = counts
    }
}

/// Each family's RAG status per measure in one quarter, kept only to compare with the next.
public struct RAGSnapshot: Sendable {
    /// Per family: per measure, 0 red, 1 amber, 2 green, 3 not assessed or not qualifying.
    public let statuses: [String: [UInt8]]

    public init(_ period: Period) {
        var statuses: [String: [UInt8]] = [:]
        statuses.reserveCapacity(period.families.count)
        for family in period.families {
            statuses[family.id] = family.rag.map { $0?.rawValue ?? 3 }
        }
        self.statuses = statuses
    }
}
