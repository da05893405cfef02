import FamdashModel

/// `rag-movement.csv`: per measure, families assessed in this and the last quarter, by their
/// status then (rows) and now (columns). Matched on family_id, which is never published.
public enum RAGMovementTable: TableDefinition {
    public enum Column: String, TableColumn {
        case measure, from
        case toRed = "to_red"
        case toAmber = "to_amber"
        case toGreen = "to_green"

        public var kind: ColumnKind<Column> {
            switch self {
            case .measure, .from: .label
            case .toRed, .toAmber, .toGreen: .count()
            }
        }

        public static func to(_ rag: RAG) -> Column {
            switch rag {
            case .red: .toRed
            case .amber: .toAmber
            case .green: .toGreen
            }
        }
    }

    public static let name = "rag-movement"
    public static let summary = "For each measure, families assessed in both this and the previous quarter, by previous status (rows) and current status (columns)."

    public static let statusNames = ["red", "amber", "green"]

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        guard let previous = input.previous else { return [] }
        let measures = input.settings.measures
        var counts = Array(repeating: Array(repeating: Array(repeating: 0, count: 3), count: 3), count: measures.count)
        for family in input.period.families {
            guard let before = previous.snapshot.statuses[family.id] else { continue }
            for measure in 0..<min(measures.count, family.rag.count, before.count) where before[measure] < 3 {
                if let now = family.rag[measure] { counts[measure][Int(before[measure])][Int(now.rawValue)] += 1 }
            }
        }
        var rows: [TableRow<Column>] = []
        for (index, measure) in measures.enumerated() {
            for from in RAG.allCases {
                let c = counts[index][Int(from.rawValue)]
                rows.append(TableRow(.movement(measure: index, from: from), [
                    .measure: .text(measure.key), .from: .text(statusNames[Int(from.rawValue)]),
                    .toRed: .number(c[0]), .toAmber: .number(c[1]), .toGreen: .number(c[2]),
                ]))
            }
        }
        return rows
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        guard let previous = input.previous else { return }
        for measure in input.settings.measures.indices {
            // Families moving out of a status were in it last quarter; families moving into a
            // status are in it now.
            for from in RAG.allCases {
                let row = RowKey.movement(measure: measure, from: from)
                r.sum(RAG.allCases.map { r.cell(Self.self, row, .to($0)) },
                      atMostConstant: previous.ragCounts[safe: measure]?[Int(from.rawValue)] ?? 0)
            }
            for to in RAG.allCases {
                r.sum(RAG.allCases.map { r.cell(Self.self, .movement(measure: measure, from: $0), .to(to)) },
                      atMost: r.cell(RAGTable.self, .measure(measure), RAGTable.Column.status(to)))
            }
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
