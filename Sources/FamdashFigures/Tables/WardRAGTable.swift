import FamdashModel

/// `ward-rag.csv`: each measure's RAG by ward, and the ward's share of green compared with the
/// whole authority's (Wilson score interval; `WilsonComparison`).
public enum WardRAGTable: TableDefinition {
    public enum Column: String, TableColumn {
        case ward, measure, qualifiers, red, amber, green
        case notAssessed = "not_assessed"
        case greenPct = "green_pct"
        case comparison

        public var kind: ColumnKind<Column> {
            switch self {
            case .ward, .measure: .label
            case .qualifiers, .red, .amber, .green, .notAssessed: .count()
            case .greenPct: .percent(of: .green, base: .columnBoth(.qualifiers))
            case .comparison: .comparison(of: .qualifiers, .green)
            }
        }
    }

    public static let name = "ward-rag"
    public static let summary = "For each ward and measure: qualifying families by RAG status, the percentage green, and the comparison of the ward's green share with the authority's (better, similar or worse; [x] where it cannot be shown)."

    /// Per ward row of wards.csv (same keys), per measure: red, amber, green, not assessed.
    static func counts(_ input: PeriodInput) -> [RowKey: [[Int]]] {
        let measures = input.settings.measures.count
        let wardCount = input.areas.wards.count
        var slots = Array(repeating: Array(repeating: [0, 0, 0, 0], count: measures), count: wardCount + 1)
        for family in input.period.families {
            let slot = family.ward ?? wardCount
            for measure in 0..<min(measures, family.qualifies.count) where family.qualifies[measure] {
                slots[slot][measure][Int(family.rag[measure]?.rawValue ?? 3)] += 1
            }
        }
        var byKey: [RowKey: [[Int]]] = [:]
        for key in input.wards.keys {
            if case .ward(let index) = key { byKey[key] = slots[index] } else { byKey[key] = slots[wardCount] }
        }
        return byKey
    }

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        let byKey = counts(input)
        let measures = input.settings.measures
        // The authority: every ward row together (true counts, as DATA.md says).
        var authority = Array(repeating: (green: 0, qualifiers: 0), count: measures.count)
        for ward in byKey.values {
            for (measure, c) in ward.enumerated() { authority[measure].green += c[2]; authority[measure].qualifiers += c.reduce(0, +) }
        }
        var rows: [TableRow<Column>] = []
        rows.reserveCapacity(input.wards.keys.count * measures.count)
        for key in input.wards.keys {
            let name = input.areas.wardName(key)
            for (measure, c) in (byKey[key] ?? []).enumerated() {
                let qualifiers = c.reduce(0, +)
                let comparison = WilsonComparison.compare(part: c[2], of: qualifiers, benchmarkPart: authority[measure].green,
                                                          of: authority[measure].qualifiers)
                rows.append(TableRow(.pair(key, .measure(measure)), [
                    .ward: .text(name), .measure: .text(measures[measure].key), .qualifiers: .number(qualifiers),
                    .red: .number(c[0]), .amber: .number(c[1]), .green: .number(c[2]), .notAssessed: .number(c[3]),
                    .comparison: .text(comparison?.rawValue ?? PublishedNames.notCompared),
                ]))
            }
        }
        return rows
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        r.eachRow(Self.self, [.red, .amber, .green, .notAssessed], equals: .qualifiers)
        let parts: [(Column, RAGTable.Column)] = [(.qualifiers, .qualifiers), (.red, .red), (.amber, .amber), (.green, .green),
                                                   (.notAssessed, .notAssessed)]
        for measure in input.settings.measures.indices {
            let rows = input.wards.keys.map { RowKey.pair($0, .measure(measure)) }
            for (column, ragColumn) in parts {
                r.sum(rows.map { r.cell(Self.self, $0, column) }, equals: r.cell(RAGTable.self, .measure(measure), ragColumn))
            }
            for ward in input.wards.keys {
                // A qualifying family is one of the ward's families.
                r.sum([r.cell(Self.self, .pair(ward, .measure(measure)), .qualifiers)], atMost: r.cell(WardsTable.self, ward, .families))
                // better / similar / worse bound the authority's green share: not shown when
                // that share is withheld (each word would be a linear bound on a [c]).
                r.label(r.cell(Self.self, .pair(ward, .measure(measure)), .comparison),
                        restsOn: [r.cell(RAGTable.self, .measure(measure), .green), r.cell(RAGTable.self, .measure(measure), .qualifiers)])
            }
        }
    }
}
