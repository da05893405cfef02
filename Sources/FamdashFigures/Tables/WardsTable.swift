/// `wards.csv`: people and families by ward, in areas.csv order, Unidentified last.
public enum WardsTable: TableDefinition {
    public enum Column: String, TableColumn {
        case ward, locality, people
        case peoplePct = "people_pct"
        case families
        case familiesPct = "families_pct"

        public var kind: ColumnKind<Column> {
            switch self {
            case .ward, .locality: .label
            case .people, .families: .count()
            case .peoplePct: .percent(of: .people, base: .columnTotal)
            case .familiesPct: .percent(of: .families, base: .columnTotal)
            }
        }
    }

    public static let name = "wards"
    public static let summary = "Every ward in areas order, with families whose ward is not recorded last as Unidentified. Percentages are of the programme total."

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        input.wards.keys.map { key in
            let tally = input.wards[key]
            let locality = input.areas.localityKey(ofWard: key)
            return TableRow(key, [
                .ward: .text(input.areas.wardName(key)), .locality: .text(input.areas.localityName(locality)),
                .people: .number(tally.people), .families: .number(tally.families),
            ])
        }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        r.columnSum(Self.self, .people, equals: r.cell(SummaryTable.self, .total, .people))
        r.columnSum(Self.self, .families, equals: r.cell(SummaryTable.self, .total, .families))
        // The Unidentified row is listed only when some family has no ward.
        r.atLeastOne([r.cell(Self.self, .unidentified, .families)])
    }
}
