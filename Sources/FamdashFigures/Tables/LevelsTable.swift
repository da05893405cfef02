import FamdashModel

/// `levels.csv`: families by intervention level (the tiered model) and allocation status.
public enum LevelsTable: TableDefinition {
    public enum Column: String, TableColumn {
        case level, families, allocated
        case notToBeAllocated = "not_to_be_allocated"
        case yetToBeAllocated = "yet_to_be_allocated"

        public var kind: ColumnKind<Column> {
            switch self {
            case .level: .label
            case .families, .allocated, .notToBeAllocated, .yetToBeAllocated: .count()
            }
        }
    }

    public static let name = "levels"
    public static let summary = "Families by intervention level (high, medium, low, not recorded), with their allocation status."

    static let keys: [RowKey] = [.level(.high), .level(.medium), .level(.low), .notRecorded]

    public static func rows(_ input: PeriodInput) -> [TableRow<Column>]? {
        var tallies = Array(repeating: [0, 0, 0], count: 4)  // allocated, not to be, yet to be
        for family in input.period.families {
            tallies[Int(family.level?.rawValue ?? 3)][Int(family.allocation.rawValue)] += 1
        }
        return zip(keys, ["high", "medium", "low", "not recorded"]).enumerated().map { slot, entry in
            let t = tallies[slot]
            return TableRow(entry.0, [.level: .text(entry.1), .families: .number(t.reduce(0, +)), .allocated: .number(t[0]),
                                      .notToBeAllocated: .number(t[1]), .yetToBeAllocated: .number(t[2])])
        }
    }

    public static func relations(_ r: inout RelationBuilder, _ input: PeriodInput) {
        r.eachRow(Self.self, [.allocated, .notToBeAllocated, .yetToBeAllocated], equals: .families)
        r.columnSum(Self.self, .families, equals: r.cell(SummaryTable.self, .total, .families))
        r.columnSum(Self.self, .allocated, equals: r.cell(SummaryTable.self, .total, .allocated))
        // Levels and wards split the same families: their not-to-be and yet-to-be totals agree.
        r.sum(r.column(Self.self, .notToBeAllocated), equalsSumOf: r.column(WardAllocationsTable.self, .notToBeAllocated))
        r.sum(r.column(Self.self, .yetToBeAllocated), equalsSumOf: r.column(WardAllocationsTable.self, .yetToBeAllocated))
    }
}
