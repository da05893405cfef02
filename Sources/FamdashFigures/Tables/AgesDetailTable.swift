/// `ages-detail.csv`: each single year of the most populous band.
public enum AgesDetailTable: TableDefinition {
    public enum Column: String, TableColumn {
        case age, people

        public var kind: ColumnKind<Column> {
            switch self {
            case .age: .label
            case .people: .count()
            }
        }
    }

    public static let name = "ages-detail"
    public static let summary = "Each single year of age of the most populous band."

    /// The most populous band; ties go to the younger band.
    static func topBand(_ input: PeriodInput) -> Int {
        let counts = AgesTable.bandCounts(input)
        var top = 0
        for band in 1..<AgeBands.count where counts[band] > counts[top] { top = band }
        return top
    }

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        AgeBands.ages(topBand(input)).map { age in
            TableRow(.age(age), [.age: .text(String(age)), .people: .number(input.period.peopleByAge[age])])
        }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        let top = topBand(input)
        let topCell = r.cell(AgesTable.self, .ageBand(top), .people)
        r.columnSum(Self.self, .people, equals: topCell)
        // Which band is detailed tells a reader it is the largest: no other band has more
        // people, and every younger band has fewer (a tie would have gone to it).
        for band in 0..<AgeBands.count where band != top {
            let other = r.cell(AgesTable.self, .ageBand(band), .people)
            r.add([(topCell.map(Relation.Subject.cell), 1), (other.map(Relation.Subject.cell), -1)], .atLeast, band < top ? 1 : 0)
        }
    }
}
