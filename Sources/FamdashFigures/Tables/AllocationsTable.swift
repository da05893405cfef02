import FamdashModel

/// `allocations.csv`: allocated families by lead agency, in code-point order, Not recorded last.
public enum AllocationsTable: TableDefinition {
    public enum Column: String, TableColumn {
        case leadAgency = "lead_agency"
        case families
        case familiesPct = "families_pct"

        public var kind: ColumnKind<Column> {
            switch self {
            case .leadAgency: .label
            case .families: .count()
            case .familiesPct: .percent(of: .families, base: .columnTotal)
            }
        }
    }

    public static let name = "allocations"
    public static let summary = "Families allocated to a lead worker, by the lead worker's agency, in name order; Not recorded last."

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        let agencies = input.period.agencies
        var families = Array(repeating: 0, count: agencies.count)
        var notRecorded = 0
        for family in input.period.families where family.allocation == .allocated {
            if let agency = family.leadAgency { families[agency] += 1 } else { notRecorded += 1 }
        }
        var rows = agencies.indices.filter { families[$0] > 0 }
            .sorted { CodePointOrder.less(agencies[$0], agencies[$1]) }
            .map { TableRow<Column>(.agency(agencies[$0]), [.leadAgency: .text(agencies[$0]), .families: .number(families[$0])]) }
        if notRecorded > 0 { rows.append(TableRow(.notRecorded, [.leadAgency: .text(PublishedNames.notRecorded), .families: .number(notRecorded)])) }
        return rows
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        r.columnSum(Self.self, .families, equals: r.cell(SummaryTable.self, .total, .allocated))
        // An agency is listed only when it leads at least one family.
        for key in r.keys(Self.self) { r.atLeastOne([r.cell(Self.self, key, .families)]) }
    }
}

/// Orders names by Unicode code points, as DATA.md fixes for agencies (Swift's own String
/// comparison normalises first, which is not the same order).
public enum CodePointOrder {
    public static func less(_ lhs: String, _ rhs: String) -> Bool {
        lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) { $0.value < $1.value }
    }
}
