/// `outcomes.csv`: per `[[outcomes]]` entry, the funnel from families qualifying under its
/// measure to those with sustained progress.
public enum OutcomesTable: TableDefinition {
    public enum Column: String, TableColumn {
        case outcome, measure, families, applies, recorded, progress, sustained

        public var kind: ColumnKind<Column> {
            switch self {
            case .outcome, .measure: .label
            case .families, .applies, .recorded, .progress, .sustained: .count()
            }
        }
    }

    public static let name = "outcomes"
    public static let summary = "For each outcome of the plan: families qualifying under its measure, those to whom it applies (with a baseline recorded where the rule needs one), those of them with the current value recorded, with significant progress this quarter, and with progress sustained over the quarters the plan asks."

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        guard let outcomes = input.outcomes else { return nil }
        return zip(input.settings.outcomes, outcomes.tallies).enumerated().map { index, entry in
            let (outcome, tally) = entry
            return TableRow(.outcome(index), [
                .outcome: .text(outcome.key), .measure: .text(input.settings.measures[outcome.measure].key),
                .families: .number(tally.families), .applies: .number(tally.applies), .recorded: .number(tally.recorded),
                .progress: .number(tally.progress), .sustained: .number(tally.sustained),
            ])
        }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        let funnel: [Column] = [.families, .applies, .recorded, .progress, .sustained]
        for (index, outcome) in input.settings.outcomes.enumerated() {
            let key = RowKey.outcome(index)
            // Families qualifying under the measure are the measure's qualifiers in rag.csv.
            r.sum([r.cell(Self.self, key, .families)], equals: r.cell(RAGTable.self, .measure(outcome.measure), .qualifiers))
            for (wider, narrower) in zip(funnel, funnel.dropFirst()) {
                r.sum([r.cell(Self.self, key, narrower)], atMost: r.cell(Self.self, key, wider))
            }
        }
    }
}
