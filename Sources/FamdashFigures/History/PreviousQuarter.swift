import FamdashModel

/// What a quarter keeps of the one before it: each family's RAG status and its runs of outcome
/// progress (matched by family_id, which stays in memory and is never published) and last
/// quarter's RAG counts, which bound the movement between them.
public struct PreviousQuarter: Sendable {
    public let name: PeriodName
    public let snapshot: RAGSnapshot
    /// Per measure: red, amber, green families last quarter.
    public let ragCounts: [[Int]]

    /// - Parameter outcomes: the quarter's outcome plan results, whose runs the next quarter continues.
    public init(_ period: Period, measures: Int, outcomes: OutcomeQuarter? = nil) {
        name = period.name
        snapshot = RAGSnapshot(period, measures: measures, outcomes: outcomes)
        var counts = Array(repeating: [0, 0, 0], count: measures)
        for family in period.families {
            for measure in 0..<min(measures, family.rag.count) {
                if let rag = family.rag[measure] { counts[measure][Int(rag.rawValue)] += 1 }
            }
        }
        ragCounts = counts
    }
}

/// Each family's RAG status per measure in one quarter, then its runs of progress per outcome,
/// kept only to compare with the next (one dictionary for both: one lookup per family).
public struct RAGSnapshot: Sendable {
    /// Per family: per measure, 0 red, 1 amber, 2 green, 3 not assessed or not qualifying; then
    /// per outcome, quarters of progress in a row.
    public let statuses: [String: [UInt8]]
    public let measures: Int
    public let outcomes: Int

    public init(_ period: Period, measures: Int? = nil, outcomes: OutcomeQuarter? = nil) {
        let runs = outcomes?.runs ?? []
        let count = period.families.isEmpty || runs.isEmpty ? 0 : runs.count / period.families.count
        var statuses: [String: [UInt8]] = [:]
        statuses.reserveCapacity(period.families.count)
        let width = measures ?? period.families.first?.rag.count ?? 0
        for (index, family) in period.families.enumerated() {
            var codes = family.rag.map { $0?.rawValue ?? 3 }
            if count > 0 { codes += runs[(index * count)..<((index + 1) * count)] }
            statuses[family.id] = codes
        }
        self.statuses = statuses
        self.measures = width
        self.outcomes = count
    }
}
