/// Reads one period's `families.csv` and `people.csv` against the settings and areas.
public enum PeriodLoader {
    public struct Files {
        public var families: [UInt8]
        public var familiesPath: String
        public var people: [UInt8]
        public var peoplePath: String
        public init(families: [UInt8], familiesPath: String, people: [UInt8], peoplePath: String) {
            self.families = families
            self.familiesPath = familiesPath
            self.people = people
            self.peoplePath = peoplePath
        }
    }

    static let optionalFamilyColumns = ["lead_agency", "level", "rollout_group", "identified_on", "allocated_on", "claimed_on", "claim_type"]

    public static func load(_ files: Files, name: PeriodName, settings: Settings, areas: Areas) -> (period: Period?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var familyIndexByID: [String: Int] = [:]
        var period = Period(name: name, families: [])
        let familiesOK = loadFamilies(files, settings: settings, areas: areas, into: &period, index: &familyIndexByID, diagnostics: &diagnostics)
        if familiesOK {
            loadPeople(files, into: &period, index: familyIndexByID, diagnostics: &diagnostics)
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        return (period, diagnostics)
    }

    private static func loadFamilies(_ files: Files, settings: Settings, areas: Areas, into period: inout Period,
                                     index familyIndexByID: inout [String: Int], diagnostics: inout [Diagnostic]) -> Bool {
        let measureColumns = settings.measures.flatMap { [$0.key, $0.key + "_rag"] }
        let required = ["family_id", "ward"] + measureColumns + ["allocation"]
        let file = files.familiesPath
        let planColumns = settings.outcomes.flatMap { [$0.baseline, $0.current].compactMap { $0 } }
        guard let table = CSVTable.read(files.families, file: file, required: required, optional: optionalFamilyColumns + planColumns, diagnostics: &diagnostics)
        else { return false }
        guard let indicatorColumns = IndicatorCells.columns(settings.outcomes, table: table, file: file, diagnostics: &diagnostics) else { return false }
        let indicatorReaders = IndicatorCells.readers(settings.outcomes, columns: indicatorColumns)
        let claimKinds = settings.finance?.claims ?? []
        let claimKindIndex = Dictionary(claimKinds.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        let claimTypeColumn = table.column("claim_type")
        var indicators = Indicators(outcomes: settings.outcomes.count)
        indicators.values.reserveCapacity(table.rows.count * settings.outcomes.count * 2)
        // Force-unwraps are safe: CSVTable.read returned a table only because these exist.
        let idColumn = table.column("family_id")!
        let wardColumn = table.column("ward")!
        let allocationColumn = table.column("allocation")!
        let qualifyColumns = settings.measures.map { table.column($0.key)! }
        let ragColumns = settings.measures.map { table.column($0.key + "_rag")! }
        let agencyColumn = table.column("lead_agency")
        let levelColumn = table.column("level")
        let rolloutColumn = table.column("rollout_group")
        let dateColumns = ["identified_on", "allocated_on", "claimed_on"].map { table.column($0) }
        let wardNames = areas.wards.map(\.name)
        let quarterEnd = name(period).endDay

        var agencyIndex: [String: Int] = [:]
        var families: [Family] = []
        families.reserveCapacity(table.rows.count)
        var firstLineOfID: [String: Int] = [:]
        firstLineOfID.reserveCapacity(table.rows.count)
        familyIndexByID.reserveCapacity(table.rows.count)
        var wardCache: [String: Int] = [:]
        var warnedUnusedClaimType = false
        var unknownWardCache: [String: String] = [:]
        var problems = FileDiagnostics(file: file)

        table.withBytes { buffer in
            /// The cell as text: bytes when plain, the unescaping String path when quoted with "".
            func text(_ row: CSVDocument.Record, _ column: Int) -> String {
                table.hasEscapedQuotes(row, column) ? String(table.value(row, column)) : table.field(buffer, row, column).string
            }

            for row in table.rows {
                var rowOK = true
                func fail(_ column: Int, _ message: @autoclosure () -> String) {
                    problems.add(.error) { table.error(row, column, message()) }
                    rowOK = false
                }
                func warn(_ column: Int, _ message: @autoclosure () -> String) {
                    problems.add(.warning) {
                        let position = table.position(row, column)
                        return .warning(file, position.line, position.column, message())
                    }
                }

                let id = text(row, idColumn)
                if id.isEmpty {
                    fail(idColumn, "family_id is empty; every family needs its case-management reference")
                } else if let first = firstLineOfID[id] {
                    fail(idColumn, "duplicate family_id (first used on line \(first)); each family appears once per period")
                } else if ValueParsers.isMissingMarker(Substring(id)) {
                    fail(idColumn, "family_id '\(ShownText.quoted(id))' is a missing-value marker; every family needs its case-management reference")
                } else if let invisible = ShownText.firstInvisible(in: id) {
                    // people.csv would not match it: say so here rather than call its people orphans.
                    fail(idColumn, ValueParsers.invisibleProblem(id, invisible, what: "family_id"))
                    firstLineOfID[id] = row.line
                    // Its people are most likely listed without the invisible character.
                    let visible = String(String.UnicodeScalarView(id.unicodeScalars.filter { !ShownText.isInvisible($0) }))
                    if familyIndexByID[visible] == nil { familyIndexByID[visible] = -1 }
                } else {
                    firstLineOfID[id] = row.line
                }

                var ward: Int?
                let wardField = table.field(buffer, row, wardColumn)
                if !wardField.isEmpty {
                    let wardText = text(row, wardColumn)
                    if let cached = wardCache[wardText] {
                        ward = cached
                    } else if let found = areas.wardIndex(named: wardText) {
                        wardCache[wardText] = found
                        ward = found
                    } else if wardText.count > InputLimits.labelLength {
                        fail(wardColumn, "ward '\(ShownText.quoted(wardText))' is not in areas.csv (no ward name is longer than \(InputLimits.labelLength) characters); is a column shifted?")
                    } else if ValueParsers.isMissingMarker(Substring(wardText)) {
                        fail(wardColumn, "ward '\(ShownText.quoted(wardText))' is a missing-value marker; leave the cell empty for a family whose ward is not known (counted as Unidentified)")
                    } else {
                        // The suggestion is worked out only for a message that is kept: a shifted
                        // column gives a million unknown wards, each compared with every ward.
                        fail(wardColumn, {
                            let nearest = unknownWardCache[wardText] ?? NearestName.nearest(to: wardText, among: wardNames) ?? ""
                            unknownWardCache[wardText] = nearest
                            return "ward '\(ShownText.quoted(wardText))' is not in areas.csv; did you mean '\(ShownText.quoted(nearest))'? (leave it empty if the ward is not known)"
                        }())
                    }
                }

                var qualifies: [Bool] = []
                var rags: [RAG?] = []
                qualifies.reserveCapacity(settings.measures.count)
                rags.reserveCapacity(settings.measures.count)
                for (measureIndex, measure) in settings.measures.enumerated() {
                    let flagField = table.field(buffer, row, qualifyColumns[measureIndex])
                    let flag = ValueParsers.flag(flagField)
                    if flag == nil {
                        let flagText = text(row, qualifyColumns[measureIndex])
                        if flagText.isEmpty {
                            fail(qualifyColumns[measureIndex], "\(measure.key) is empty; write Y or N (does the family qualify under \(measure.label)?)")
                        } else if ValueParsers.isMissingMarker(Substring(flagText)) {
                            fail(qualifyColumns[measureIndex], "'\(ShownText.quoted(flagText))' is a missing-value marker; \(measure.key) needs Y or N")
                        } else {
                            fail(qualifyColumns[measureIndex], "\(measure.key) is '\(ShownText.quoted(flagText))'; write Y or N (also accepted: yes/no, 1/0, true/false)")
                        }
                    }
                    let ragField = table.field(buffer, row, ragColumns[measureIndex])
                    var rag: RAG?
                    if let parsed = ValueParsers.rag(ragField) {
                        rag = parsed
                    } else {
                        let ragText = text(row, ragColumns[measureIndex])
                        if ValueParsers.isMissingMarker(Substring(ragText)) {
                            fail(ragColumns[measureIndex], "'\(ShownText.quoted(ragText))' is a missing-value marker; leave \(measure.key)_rag empty when not yet assessed")
                        } else {
                            fail(ragColumns[measureIndex], "\(measure.key)_rag is '\(ShownText.quoted(ragText))'; write R, A or G, or leave it empty if not yet assessed")
                        }
                    }
                    if rag != nil && flag == false {
                        fail(ragColumns[measureIndex], "RAG status '\(ShownText.quoted(text(row, ragColumns[measureIndex])))' given for \(measure.key), but the family does not qualify under \(measure.label) (\(measure.key) is \(text(row, qualifyColumns[measureIndex]))); clear the RAG or set \(measure.key) to Y")
                        rag = nil
                    }
                    qualifies.append(flag ?? false)
                    rags.append(rag)
                }

                var allocation = Allocation.yetToBeAllocated
                var allocationKnown = true
                if let parsed = ValueParsers.allocation(table.field(buffer, row, allocationColumn)) {
                    allocation = parsed
                } else {
                    allocationKnown = false
                    let allocationText = text(row, allocationColumn)
                    if allocationText.isEmpty || ValueParsers.isMissingMarker(Substring(allocationText)) {
                        fail(allocationColumn, "allocation is '\(ShownText.quoted(allocationText))'; write allocated, not_to_be_allocated or yet_to_be_allocated")
                    } else {
                        let suggestion = allocationText.count > InputLimits.labelLength ? nil : NearestName.nearest(to: allocationText, among: ValueParsers.allocationCodes)
                        let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
                        fail(allocationColumn, "allocation '\(ShownText.quoted(allocationText))' is not known\(hint) (allowed: allocated, not_to_be_allocated, yet_to_be_allocated)")
                    }
                }

                var leadAgency: Int?
                if let agencyColumn, !table.field(buffer, row, agencyColumn).isEmpty {
                    let agency = text(row, agencyColumn)
                    if let known = agencyIndex[agency], allocation == .allocated {
                        leadAgency = known
                    } else if let problem = ValueParsers.labelProblem(agency, what: "lead_agency") {
                        fail(agencyColumn, problem)
                    } else if agency.lowercased() == ValueParsers.noAgency.lowercased() {
                        fail(agencyColumn, "lead_agency '\(ShownText.quoted(agency))' is reserved: allocations.csv lists families with no lead agency as '\(ValueParsers.noAgency)'; leave the cell empty instead")
                    } else if ValueParsers.isMissingMarker(Substring(agency)) {
                        fail(agencyColumn, "lead_agency '\(ShownText.quoted(agency))' is a missing-value marker; leave it empty when not recorded")
                    } else if allocation != .allocated && allocationKnown {
                        fail(agencyColumn, "lead_agency '\(ShownText.quoted(agency))' is given but allocation is \(allocation.code); a lead agency is recorded only for allocated families")
                    } else {
                        leadAgency = period.agencies.count
                        agencyIndex[agency] = leadAgency
                        period.agencies.append(agency)
                    }
                }

                var level: Level?
                if let levelColumn {
                    if let parsed = ValueParsers.level(table.field(buffer, row, levelColumn)) { level = parsed } else {
                        fail(levelColumn, "level '\(ShownText.quoted(text(row, levelColumn)))' is not high, medium or low (leave it empty if not recorded)")
                    }
                }

                var rolloutGroup: Int?
                if let rolloutColumn {
                    let field = table.field(buffer, row, rolloutColumn)
                    if !field.isEmpty {
                        if let number = field.wholeNumber, number <= InputLimits.rolloutGroup { rolloutGroup = number } else if field.wholeNumber != nil {
                            fail(rolloutColumn, "rollout_group \(ShownText.quoted(text(row, rolloutColumn))) is above \(InputLimits.rolloutGroup); number the groups 0, 1, 2, ...")
                        } else {
                            fail(rolloutColumn, ValueParsers.wholeNumberProblem(Substring(text(row, rolloutColumn)), what: "rollout_group"))
                        }
                    }
                }

                var dates: [Day?] = [nil, nil, nil]
                for (slot, column) in dateColumns.enumerated() {
                    guard let column else { continue }
                    let field = table.field(buffer, row, column)
                    if field.isEmpty { continue }
                    if let day = field.day {
                        dates[slot] = day
                        if quarterEnd < day {
                            warn(column, "date \(day) is after the end of the quarter (\(quarterEnd)); check the extract")
                        }
                    } else {
                        fail(column, ValueParsers.dateProblem(Substring(text(row, column))))
                    }
                }
                if let identified = dates[0], let allocated = dates[1], allocated < identified, let column = dateColumns[1] {
                    warn(column, "allocated_on \(allocated) is before identified_on \(identified)")
                }
                if dates[2] != nil, allocation != .allocated, let column = dateColumns[2] {
                    warn(column, "a claim is recorded (claimed_on) for a family whose allocation is \(allocation.code)")
                }

                var claimType: Int?
                let claimedField = dateColumns[2].map { table.field(buffer, row, $0) }
                let hasClaimDate = !(claimedField?.isEmpty ?? true)
                if let claimTypeColumn, !table.field(buffer, row, claimTypeColumn).isEmpty {
                    let kind = text(row, claimTypeColumn)
                    if claimKinds.isEmpty {
                        // Without kinds every claim is of one kind: the column is not used (said once).
                        if !warnedUnusedClaimType {
                            warn(claimTypeColumn, "claim_type is ignored: programme.toml declares no [[finance.claims]], so every claim is of one kind")
                            warnedUnusedClaimType = true
                        }
                    } else if !hasClaimDate {
                        fail(claimTypeColumn, "claim_type '\(ShownText.quoted(kind))' is given but claimed_on is empty; a claim type belongs to a claim made (set claimed_on or clear claim_type)")
                    } else if let index = claimKindIndex[kind] ?? claimKindIndex[kind.lowercased()] {
                        claimType = index
                    } else {
                        let nearest = NearestName.nearest(to: kind, among: claimKinds.map(\.key)) ?? claimKinds[0].key
                        fail(claimTypeColumn, "claim_type '\(ShownText.quoted(kind))' is not a [[finance.claims]] key; did you mean '\(nearest)'? (allowed: \(claimKinds.map(\.key).joined(separator: ", ")))")
                    }
                } else if hasClaimDate, !claimKinds.isEmpty {
                    let message = "a claim is made (claimed_on) but claim_type is empty; write one of \(claimKinds.map(\.key).joined(separator: ", "))"
                    if let claimTypeColumn { fail(claimTypeColumn, message) } else if let column = dateColumns[2] {
                        fail(column, message + " in a claim_type column")
                    }
                }

                if !indicatorColumns.isEmpty {
                    IndicatorCells.read(indicatorReaders, row: row, table: table, buffer: buffer,
                                        into: &indicators.values) { column, message in fail(column, message) }
                }

                if !rowOK {
                    // Known but unusable: people of this family must not be reported as orphans.
                    if !id.isEmpty && familyIndexByID[id] == nil { familyIndexByID[id] = -1 }
                } else {
                    familyIndexByID[id] = families.count
                    families.append(Family(id: id, ward: ward, qualifies: qualifies, rag: rags, allocation: allocation,
                                           leadAgency: leadAgency, level: level, rolloutGroup: rolloutGroup,
                                           identifiedOn: dates[0], allocatedOn: dates[1], claimedOn: dates[2], claimType: claimType))
                }
                // Rows that failed drop their indicator cells with them.
                if !rowOK && !indicatorColumns.isEmpty { indicators.values.removeLast(settings.outcomes.count * 2) }
            }
        }
        // A row refused for its width still names its family: its people are not orphans.
        for row in table.rejectedRows where idColumn < row.fieldCount {
            let id = text(table, row, idColumn)
            if !id.isEmpty && familyIndexByID[id] == nil { familyIndexByID[id] = -1 }
        }
        diagnostics.append(contentsOf: problems.all)
        period.families = families
        period.indicators = indicators
        return true
    }

    private static func name(_ period: Period) -> PeriodName { period.name }

    private static func text(_ table: CSVTable, _ row: CSVDocument.Record, _ column: Int) -> String {
        String(table.value(row, column))
    }

    private static func loadPeople(_ files: Files, into period: inout Period, index familyIndexByID: [String: Int],
                                   diagnostics: inout [Diagnostic]) {
        guard let table = CSVTable.read(files.people, file: files.peoplePath, required: ["family_id", "age"],
                                        allowHeaderOnly: true, diagnostics: &diagnostics)
        else { return }
        let idColumn = table.column("family_id")!
        let ageColumn = table.column("age")!
        var byAge = Array(repeating: 0, count: 121)
        var unknown = 0
        var problems = FileDiagnostics(file: files.peoplePath)
        defer { diagnostics.append(contentsOf: problems.all) }
        table.withBytes { buffer in
            // people.csv lists a family's members together: remember the last family looked up.
            var lastID: FieldBytes?
            var lastIndex: Int?
            for row in table.rows {
                let idField = table.field(buffer, row, idColumn)
                let familyIndex: Int?
                if let lastID, lastID.equals(idField), !table.hasEscapedQuotes(row, idColumn) {
                    familyIndex = lastIndex
                } else {
                    let id = table.hasEscapedQuotes(row, idColumn) ? String(table.value(row, idColumn)) : idField.string
                    familyIndex = familyIndexByID[id]
                    lastID = idField
                    lastIndex = familyIndex
                }
                guard let familyIndex else {
                    if idField.isEmpty {
                        problems.add(.error) { table.error(row, idColumn, "family_id is empty; every person belongs to a family in families.csv") }
                    } else {
                        let id = String(table.value(row, idColumn))
                        if let invisible = ShownText.firstInvisible(in: id) {
                            problems.add(.error) { table.error(row, idColumn, ValueParsers.invisibleProblem(id, invisible, what: "family_id") + "; it matches no family in families.csv") }
                        } else {
                            problems.add(.error) { table.error(row, idColumn, "family_id '\(ShownText.quoted(id))' is not in this period's families.csv; every person must belong to a listed family") }
                        }
                    }
                    continue
                }
                let ageField = table.field(buffer, row, ageColumn)
                if ageField.isEmpty {
                    unknown += 1
                } else if let age = ageField.wholeNumber, age <= 120 {
                    byAge[age] += 1
                } else {
                    let ageText = table.value(row, ageColumn)
                    let digits = ageText.drop { $0 == "-" }
                    if ageText.first == "+" {
                        problems.add(.error) { table.error(row, ageColumn, "age '\(ShownText.quoted(ageText))' has a plus sign; write whole years 0-120 as digits only, or leave it empty if not known") }
                    } else if !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), Int(ageText).map({ (0...120).contains($0) }) ?? true {
                        // Leading zeros past any sensible width, or more digits than 64 bits hold.
                        problems.add(.error) { table.error(row, ageColumn, "age '\(ShownText.quoted(ageText))' is not a plain number of years 0-120; correct it or leave it empty if not known") }
                    } else if let age = Int(ageText) {
                        problems.add(.error) { table.error(row, ageColumn, "age \(age) is outside 0-120; correct it or leave it empty if not known") }
                    } else {
                        problems.add(.error) { table.error(row, ageColumn, ValueParsers.wholeNumberProblem(ageText, what: "age")) }
                    }
                    continue
                }
                if familyIndex >= 0 { period.families[familyIndex].people += 1 }
            }
        }
        period.peopleByAge = byAge
        period.peopleWithUnknownAge = unknown
    }
}
