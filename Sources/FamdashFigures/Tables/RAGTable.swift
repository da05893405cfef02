import FamdashModel

/// `rag.csv`: per measure, qualifying families and their RAG status.
public enum RAGTable: TableDefinition {
    public enum Column: String, TableColumn {
        case measure, qualifiers, red, amber, green
        case notAssessed = "not_assessed"
        case redPct = "red_pct"
        case amberPct = "amber_pct"
        case greenPct = "green_pct"

        public var kind: ColumnKind<Column> {
            switch self {
            case .measure: .label
            // The base of three published percentages: hiding it would need them hidden too.
            case .qualifiers: .count(.lastResort)
            case .red, .amber, .green, .notAssessed: .count()
            case .redPct: .percent(of: .red, base: .column(.qualifiers))
            case .amberPct: .percent(of: .amber, base: .column(.qualifiers))
            case .greenPct: .percent(of: .green, base: .column(.qualifiers))
            }
        }

        /// The count column of a status; not assessed for nil.
        public static func status(_ rag: RAG?) -> Column {
            switch rag {
            case .red: .red
            case .amber: .amber
            case .green: .green
            case nil: .notAssessed
            }
        }
    }

    public static let name = "rag"
    public static let summary = "For each measure: families qualifying, and how many are red, amber, green or not yet assessed. Percentages are of the qualifying families."

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        let measures = input.settings.measures.count
        var counts = Array(repeating: [0, 0, 0, 0], count: measures)  // red, amber, green, not assessed
        for family in input.period.families {
            for measure in 0..<measures where family.qualifies[measure] {
                counts[measure][Int(family.rag[measure]?.rawValue ?? 3)] += 1
            }
        }
        return input.settings.measures.enumerated().map { index, measure in
            let c = counts[index]
            return TableRow(.measure(index), [
                .measure: .text(measure.key), .qualifiers: .number(c.reduce(0, +)),
                .red: .number(c[0]), .amber: .number(c[1]), .green: .number(c[2]), .notAssessed: .number(c[3]),
            ])
        }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        r.eachRow(Self.self, [.red, .amber, .green, .notAssessed], equals: .qualifiers)
        for key in r.keys(Self.self) {
            r.sum([r.cell(Self.self, key, .qualifiers)], atMost: r.cell(SummaryTable.self, .total, .families))
        }
    }
}
