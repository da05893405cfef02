import FamdashModel

/// `localities.csv`: people and families by locality, each the sum of its wards.
public enum LocalitiesTable: TableDefinition {
    public enum Column: String, TableColumn {
        case locality, people
        case peoplePct = "people_pct"
        case families
        case familiesPct = "families_pct"

        public var kind: ColumnKind<Column> {
            switch self {
            case .locality: .label
            case .people, .families: .count()
            case .peoplePct: .percent(of: .people, base: .columnTotal)
            case .familiesPct: .percent(of: .families, base: .columnTotal)
            }
        }
    }

    public static let name = "localities"
    public static let summary = "Every locality in order of first appearance, Unidentified last."

    /// Localities in order of first appearance, then Unidentified when a ward row is.
    static func keys(_ input: PeriodInput) -> [RowKey] {
        var keys = input.areas.localities.indices.map(RowKey.locality)
        if input.wards.keys.contains(.unidentified) { keys.append(.unidentified) }
        return keys
    }

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        var people: [RowKey: Int] = [:], families: [RowKey: Int] = [:]
        for ward in input.wards.keys {
            let locality = input.areas.localityKey(ofWard: ward)
            people[locality, default: 0] += input.wards[ward].people
            families[locality, default: 0] += input.wards[ward].families
        }
        return keys(input).map { key in
            TableRow(key, [.locality: .text(input.areas.localityName(key)),
                           .people: .number(people[key] ?? 0), .families: .number(families[key] ?? 0)])
        }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        var wardsOf: [RowKey: [RowKey]] = [:]
        for ward in input.wards.keys { wardsOf[input.areas.localityKey(ofWard: ward), default: []].append(ward) }
        for (column, wardColumn, total) in [(Column.people, WardsTable.Column.people, SummaryTable.Column.people),
                                            (.families, .families, .families)] {
            r.columnSum(Self.self, column, equals: r.cell(SummaryTable.self, .total, total))
            for locality in keys(input) {
                r.sum((wardsOf[locality] ?? []).map { r.cell(WardsTable.self, $0, wardColumn) }, equals: r.cell(Self.self, locality, column))
            }
        }
    }
}

extension Areas {
    /// The published name of a locality row.
    public func localityName(_ key: RowKey) -> String {
        if case .locality(let index) = key, index < localities.count { return localities[index] }
        return PublishedNames.unidentified
    }
}
