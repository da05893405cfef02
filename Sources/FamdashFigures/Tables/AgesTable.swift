/// `ages.csv`: people by closed 10-year band, then age unknown.
public enum AgesTable: TableDefinition {
    public enum Column: String, TableColumn {
        case band, people
        case peoplePct = "people_pct"

        public var kind: ColumnKind<Column> {
            switch self {
            case .band: .label
            case .people: .count()
            case .peoplePct: .percent(of: .people, base: .columnTotal)
            }
        }
    }

    public static let name = "ages"
    public static let summary = "Members of programme families by closed 10-year age band (0-10 holds 0 to 10), then age unknown."

    static func bandCounts(_ input: PeriodInput) -> [Int] {
        var counts = Array(repeating: 0, count: AgeBands.count)
        for (age, people) in input.period.peopleByAge.enumerated() { counts[AgeBands.band(ofAge: age)] += people }
        return counts
    }

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        let counts = bandCounts(input)
        return (0..<AgeBands.count).map { TableRow(.ageBand($0), [.band: .text(AgeBands.label($0)), .people: .number(counts[$0])]) }
            + [TableRow(.unknownAge, [.band: "unknown", .people: .number(input.period.peopleWithUnknownAge)])]
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        r.columnSum(Self.self, .people, equals: r.cell(SummaryTable.self, .total, .people))
    }
}
