import FamdashModel

/// Computes a period's published tables from its families in one pass. Pure: no I/O.
public enum FigureBuilder {
    public static let unidentified = "Unidentified"
    public static let notRecorded = "Not recorded"

    /// Per-ward tallies (the last slot is families with no ward).
    struct WardTally {
        var families = 0, people = 0, allocated = 0, claimed = 0, notToBe = 0, yetToBe = 0
    }

    public static func figures(settings: Settings, areas: Areas, period: Period) -> PeriodFigures {
        let wardCount = areas.wards.count
        var wards = Array(repeating: WardTally(), count: wardCount + 1)
        let measureCount = settings.measures.count
        var qualifiers = Array(repeating: 0, count: measureCount)
        var ragCounts = Array(repeating: [0, 0, 0, 0], count: measureCount)  // red, amber, green, not assessed
        var agencyFamilies = Array(repeating: 0, count: period.agencies.count)
        var agencyNotRecorded = 0

        for family in period.families {
            let slot = family.ward ?? wardCount
            wards[slot].families += 1
            wards[slot].people += family.people
            switch family.allocation {
            case .allocated:
                wards[slot].allocated += 1
                if let agency = family.leadAgency { agencyFamilies[agency] += 1 } else { agencyNotRecorded += 1 }
            case .notToBeAllocated: wards[slot].notToBe += 1
            case .yetToBeAllocated: wards[slot].yetToBe += 1
            }
            if family.hasClaim { wards[slot].claimed += 1 }
            for measure in 0..<measureCount where family.qualifies[measure] {
                qualifiers[measure] += 1
                ragCounts[measure][Int(family.rag[measure]?.rawValue ?? 3)] += 1
            }
        }

        let hasUnidentified = wards[wardCount].families > 0
        var builder = Builder()

        // summary first in memory so relations can point at it; written last.
        let totals = wards.reduce(into: WardTally()) { sum, ward in
            sum.families += ward.families
            sum.people += ward.people
            sum.allocated += ward.allocated
            sum.claimed += ward.claimed
        }

        // wards
        var wardTable = FigureTable(name: "wards", columns: [
            .init("ward", .label), .init("locality", .label),
            .init("people", .count), .init("people_pct", .percent(of: 2, base: .columnTotal)),
            .init("families", .count), .init("families_pct", .percent(of: 4, base: .columnTotal)),
        ])
        var wardSlots: [Int] = Array(0..<wardCount)
        if hasUnidentified { wardSlots.append(wardCount) }
        for slot in wardSlots {
            let name = slot == wardCount ? unidentified : areas.wards[slot].name
            let locality = slot == wardCount ? unidentified : areas.localities[areas.wards[slot].locality]
            wardTable.append(labels: [name, locality], counts: [wards[slot].people, wards[slot].families])
        }
        let wardsIndex = builder.add(wardTable)

        // localities
        var localityTable = FigureTable(name: "localities", columns: [
            .init("locality", .label),
            .init("people", .count), .init("people_pct", .percent(of: 1, base: .columnTotal)),
            .init("families", .count), .init("families_pct", .percent(of: 3, base: .columnTotal)),
        ])
        var localityWardRows = Array(repeating: [Int](), count: areas.localities.count + 1)
        for (row, slot) in wardSlots.enumerated() {
            localityWardRows[slot == wardCount ? areas.localities.count : areas.wards[slot].locality].append(row)
        }
        var localityNames = areas.localities
        if hasUnidentified { localityNames.append(unidentified) }
        for (locality, name) in localityNames.enumerated() {
            let rows = localityWardRows[locality]
            localityTable.append(labels: [name], counts: [
                rows.reduce(0) { $0 + wardTable.rows[$1].counts[2] },
                rows.reduce(0) { $0 + wardTable.rows[$1].counts[4] },
            ])
        }
        let localitiesIndex = builder.add(localityTable)

        // rag
        var ragTable = FigureTable(name: "rag", columns: [
            .init("measure", .label), .init("qualifiers", .count),
            .init("red", .count), .init("amber", .count), .init("green", .count), .init("not_assessed", .count),
            .init("red_pct", .percent(of: 2, base: .column(1))),
            .init("amber_pct", .percent(of: 3, base: .column(1))),
            .init("green_pct", .percent(of: 4, base: .column(1))),
        ])
        for (index, measure) in settings.measures.enumerated() {
            ragTable.append(labels: [measure.key], counts: [qualifiers[index]] + ragCounts[index])
        }
        let ragIndex = builder.add(ragTable)

        // ages
        var bandCounts = Array(repeating: 0, count: AgeBands.count)
        for (age, people) in period.peopleByAge.enumerated() { bandCounts[AgeBands.band(ofAge: age)] += people }
        var agesTable = FigureTable(name: "ages", columns: [
            .init("band", .label), .init("people", .count), .init("people_pct", .percent(of: 1, base: .columnTotal)),
        ])
        for band in 0..<AgeBands.count { agesTable.append(labels: [AgeBands.label(band)], counts: [bandCounts[band]]) }
        agesTable.append(labels: ["unknown"], counts: [period.peopleWithUnknownAge])
        let agesIndex = builder.add(agesTable)

        // ages-detail: the most populous band, ties to the younger band
        var topBand = 0
        for band in 1..<AgeBands.count where bandCounts[band] > bandCounts[topBand] { topBand = band }
        var detailTable = FigureTable(name: "ages-detail", columns: [.init("age", .label), .init("people", .count)])
        for age in AgeBands.ages(topBand) { detailTable.append(labels: [String(age)], counts: [period.peopleByAge[age]]) }
        let detailIndex = builder.add(detailTable)

        // allocations
        var allocationsTable = FigureTable(name: "allocations", columns: [
            .init("lead_agency", .label), .init("families", .count), .init("families_pct", .percent(of: 1, base: .columnTotal)),
        ])
        let agencyOrder = period.agencies.indices
            .filter { agencyFamilies[$0] > 0 }
            .sorted { CodePointOrder.less(period.agencies[$0], period.agencies[$1]) }
        for agency in agencyOrder { allocationsTable.append(labels: [period.agencies[agency]], counts: [agencyFamilies[agency]]) }
        if agencyNotRecorded > 0 { allocationsTable.append(labels: [notRecorded], counts: [agencyNotRecorded]) }
        let allocationsIndex = builder.add(allocationsTable)

        // ward-allocations
        var wardAllocationTable = FigureTable(name: "ward-allocations", columns: [
            .init("ward", .label), .init("allocated", .count), .init("claimed", .count),
            .init("not_to_be_allocated", .count), .init("yet_to_be_allocated", .count),
        ])
        for (row, slot) in wardSlots.enumerated() {
            let tally = wards[slot]
            wardAllocationTable.append(labels: [wardTable.rows[row].labels[0]],
                                       counts: [tally.allocated, tally.claimed, tally.notToBe, tally.yetToBe])
        }
        let wardAllocationsIndex = builder.add(wardAllocationTable)

        // levels: the tiered intervention model, by allocation status
        var levelTallies = Array(repeating: [0, 0, 0, 0], count: 4)  // families, allocated, not to be, yet to be
        for family in period.families {
            let slot = Int(family.level?.rawValue ?? 3)
            levelTallies[slot][0] += 1
            levelTallies[slot][1 + Int(family.allocation.rawValue)] += 1
        }
        var levelsTable = FigureTable(name: "levels", columns: [
            .init("level", .label), .init("families", .count), .init("allocated", .count),
            .init("not_to_be_allocated", .count), .init("yet_to_be_allocated", .count),
        ])
        for (slot, name) in ["high", "medium", "low", "not recorded"].enumerated() {
            levelsTable.append(labels: [name], counts: levelTallies[slot])
        }
        let levelsIndex = builder.add(levelsTable)

        // targets: allocated families by each target date
        var targetsTable = FigureTable(name: "targets", columns: [
            .init("target_by", .label), .init("target", .label), .init("families", .count),
            .init("families_pct", .percent(of: 2, base: .labelNumber(1))), .init("status", .derivedLabel(of: 2)),
        ])
        let quarterEnd = period.name.endDay
        for target in settings.targets {
            let count = period.families.reduce(0) { sum, family in
                guard family.allocation == .allocated else { return sum }
                // Without a date, a family counts as allocated at the end of this quarter.
                let allocatedBy = family.allocatedOn ?? quarterEnd
                return allocatedBy <= target.by ? sum + 1 : sum
            }
            targetsTable.append(labels: [target.by.description, String(target.families),
                                         TargetStatus.status(allocated: count, target: target, asAt: quarterEnd).rawValue],
                                counts: [count])
        }
        _ = builder.add(targetsTable)

        // summary
        var summaryTable = FigureTable(name: "summary", columns: [
            .init("families", .count), .init("people", .count), .init("allocated", .count), .init("claims", .count),
        ])
        summaryTable.append(labels: [], counts: [totals.families, totals.people, totals.allocated, totals.claimed])
        let summaryIndex = builder.add(summaryTable)

        // Relations: every identity a reader could use to work back to a hidden count.
        let summaryFamilies = CellRef(table: summaryIndex, row: 0, column: 0)
        let summaryPeople = CellRef(table: summaryIndex, row: 0, column: 1)
        let summaryAllocated = CellRef(table: summaryIndex, row: 0, column: 2)
        let summaryClaims = CellRef(table: summaryIndex, row: 0, column: 3)
        builder.protect([summaryFamilies, summaryPeople, summaryAllocated, summaryClaims])

        for (wardColumn, localityColumn, total) in [(2, 1, summaryPeople), (4, 3, summaryFamilies)] {
            builder.sum(table: wardsIndex, rows: Array(wardTable.rows.indices), column: wardColumn, equals: total)
            builder.sum(table: localitiesIndex, rows: Array(localityTable.rows.indices), column: localityColumn, equals: total)
            for (locality, rows) in localityWardRows.enumerated() where locality < localityNames.count {
                builder.relations.append(.sum(rows.map { CellRef(table: wardsIndex, row: $0, column: wardColumn) },
                                              equals: CellRef(table: localitiesIndex, row: locality, column: localityColumn)))
            }
        }
        for row in ragTable.rows.indices {
            builder.relations.append(.sum((2...5).map { CellRef(table: ragIndex, row: row, column: $0) },
                                          equals: CellRef(table: ragIndex, row: row, column: 1)))
            builder.protect([CellRef(table: ragIndex, row: row, column: 1)])
        }
        builder.sum(table: agesIndex, rows: Array(agesTable.rows.indices), column: 1, equals: summaryPeople)
        builder.sum(table: detailIndex, rows: Array(detailTable.rows.indices), column: 1,
                    equals: CellRef(table: agesIndex, row: topBand, column: 1))
        builder.sum(table: allocationsIndex, rows: Array(allocationsTable.rows.indices), column: 1, equals: summaryAllocated)
        for row in wardAllocationTable.rows.indices {
            builder.relations.append(.sum([1, 3, 4].map { CellRef(table: wardAllocationsIndex, row: row, column: $0) },
                                          equals: CellRef(table: wardsIndex, row: row, column: 4)))
        }
        builder.sum(table: wardAllocationsIndex, rows: Array(wardAllocationTable.rows.indices), column: 1, equals: summaryAllocated)
        builder.sum(table: wardAllocationsIndex, rows: Array(wardAllocationTable.rows.indices), column: 2, equals: summaryClaims)
        for row in levelsTable.rows.indices {
            builder.relations.append(.sum([2, 3, 4].map { CellRef(table: levelsIndex, row: row, column: $0) },
                                          equals: CellRef(table: levelsIndex, row: row, column: 1)))
        }
        builder.sum(table: levelsIndex, rows: Array(levelsTable.rows.indices), column: 1, equals: summaryFamilies)
        builder.sum(table: levelsIndex, rows: Array(levelsTable.rows.indices), column: 2, equals: summaryAllocated)
        // Levels and wards split the same families: their not-to-be and yet-to-be totals agree.
        for (levelColumn, wardColumn) in [(3, 3), (4, 4)] {
            builder.relations.append(Relation(
                terms: levelsTable.rows.indices.map { .init(CellRef(table: levelsIndex, row: $0, column: levelColumn), 1) }
                    + wardAllocationTable.rows.indices.map { .init(CellRef(table: wardAllocationsIndex, row: $0, column: wardColumn), -1) }))
        }

        return PeriodFigures(period: period.name, tables: builder.tables, relations: builder.relations,
                             protectedCells: builder.protected)
    }

    private struct Builder {
        var tables: [FigureTable] = []
        var relations: [Relation] = []
        var protected: Set<CellRef> = []

        mutating func add(_ table: FigureTable) -> Int {
            tables.append(table)
            return tables.count - 1
        }

        mutating func protect(_ cells: [CellRef]) { protected.formUnion(cells) }

        mutating func sum(table: Int, rows: [Int], column: Int, equals whole: CellRef) {
            relations.append(.sum(rows.map { CellRef(table: table, row: $0, column: column) }, equals: whole))
        }
    }
}

/// Orders names by Unicode code points, as DATA.md fixes for agencies (Swift's own String
/// comparison normalises first, which is not the same order).
public enum CodePointOrder {
    public static func less(_ lhs: String, _ rhs: String) -> Bool {
        lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) { $0.value < $1.value }
    }
}
