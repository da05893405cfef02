/// Reads `areas.csv`: every ward once, each in exactly one locality.
public enum AreasLoader {
    public static func load(_ bytes: [UInt8], file: String) -> (areas: Areas?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let table = CSVTable.read(bytes, file: file, required: ["ward", "locality"], optional: ["code"], diagnostics: &diagnostics),
              let wardColumn = table.column("ward"), let localityColumn = table.column("locality")
        else { return (nil, diagnostics) }
        let codeColumn = table.column("code")

        var areas = Areas()
        var problems = FileDiagnostics(file: file)
        var firstLine: [Int: Int] = [:]
        var localityFirstLine: [Int: Int] = [:]
        for row in table.rows {
            let ward = String(table.value(row, wardColumn))
            let locality = String(table.value(row, localityColumn))
            if ward.isEmpty {
                problems.add(table.error(row, wardColumn, "ward name is empty"))
                continue
            }
            if let problem = ValueParsers.labelProblem(ward, what: "ward") {
                problems.add(table.error(row, wardColumn, problem))
                continue
            }
            if locality.isEmpty {
                problems.add(table.error(row, localityColumn, "ward '\(ShownText.quoted(ward))' has no locality; every ward needs one"))
                continue
            }
            if let problem = ValueParsers.labelProblem(locality, what: "locality") {
                problems.add(table.error(row, localityColumn, problem))
                continue
            }
            // wards.csv and localities.csv publish families with no ward as this row.
            if ward.caseInsensitiveEquals(unidentified) {
                problems.add(table.error(row, wardColumn, "'\(unidentified)' is reserved for families with no ward; leave those families' ward empty instead"))
                continue
            }
            if locality.caseInsensitiveEquals(unidentified) {
                problems.add(table.error(row, localityColumn, "locality '\(ShownText.quoted(locality))' is reserved: wards.csv and localities.csv list families with no ward as '\(unidentified)'; name the locality otherwise"))
                continue
            }
            let code = codeColumn.map { String(table.value(row, $0)) }.flatMap { $0.isEmpty ? nil : $0 }
            if let code, let codeColumn, let problem = ValueParsers.labelProblem(code, what: "code") {
                problems.add(table.error(row, codeColumn, problem))
                continue
            }
            let knownLocality = areas.localityIndex(named: locality)
            if areas.wards.count == InputLimits.wards && areas.wardIndex(named: ward) == nil {
                problems.add(table.error(row, wardColumn, "more than \(InputLimits.wards) wards; famdash publishes a page for every ward each quarter, so at most \(InputLimits.wards) are allowed (is this a list of addresses or streets?)"))
                break
            }
            let (index, inserted) = areas.add(ward: ward, locality: locality, code: code)
            if inserted {
                firstLine[index] = row.line
                let localityIndex = areas.wards[index].locality
                if let knownLocality {
                    let published = areas.localities[knownLocality]
                    if published != locality {
                        let position = table.position(row, localityColumn)
                        problems.add(.warning(file, position.line, position.column, "locality '\(ShownText.quoted(locality))' is written '\(ShownText.quoted(published))' on line \(localityFirstLine[knownLocality] ?? 0); localities, like wards, ignore case and surrounding spaces, so this is the same locality, published as '\(ShownText.quoted(published))'"))
                    }
                } else {
                    localityFirstLine[localityIndex] = row.line
                }
            } else {
                let existing = areas.wards[index]
                let existingLocality = areas.localities[existing.locality]
                if existing.locality != knownLocality {
                    problems.add(table.error(row, localityColumn, "ward '\(ShownText.quoted(ward))' is in two localities: '\(ShownText.quoted(existingLocality))' on line \(firstLine[index] ?? 0) and '\(ShownText.quoted(locality))' here; a ward belongs to one locality"))
                } else {
                    problems.add(table.error(row, wardColumn, "ward '\(ShownText.quoted(ward))' appears twice (first on line \(firstLine[index] ?? 0)); list each ward once"))
                }
            }
        }
        diagnostics.append(contentsOf: problems.all)
        return (diagnostics.contains { $0.severity == .error } ? nil : areas, diagnostics)
    }
}

/// The row of wards.csv and localities.csv for families with no ward.
let unidentified = "Unidentified"

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
