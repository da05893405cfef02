/// Reads `areas.csv`: every ward once, each in exactly one locality.
public enum AreasLoader {
    public static func load(_ bytes: [UInt8], file: String) -> (areas: Areas?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let table = CSVTable.read(bytes, file: file, required: ["ward", "locality"], optional: ["code"], diagnostics: &diagnostics),
              let wardColumn = table.column("ward"), let localityColumn = table.column("locality")
        else { return (nil, diagnostics) }
        let codeColumn = table.column("code")

        var areas = Areas()
        var firstLine: [Int: Int] = [:]
        for row in table.rows {
            let ward = String(table.value(row, wardColumn))
            let locality = String(table.value(row, localityColumn))
            if ward.isEmpty {
                diagnostics.append(table.error(row, wardColumn, "ward name is empty"))
                continue
            }
            if locality.isEmpty {
                diagnostics.append(table.error(row, localityColumn, "ward '\(ward)' has no locality; every ward needs one"))
                continue
            }
            if ward.caseInsensitiveEquals("Unidentified") {
                diagnostics.append(table.error(row, wardColumn, "'Unidentified' is reserved for families with no ward; leave those families' ward empty instead"))
                continue
            }
            let code = codeColumn.map { String(table.value(row, $0)) }.flatMap { $0.isEmpty ? nil : $0 }
            let (index, inserted) = areas.add(ward: ward, locality: locality, code: code)
            if inserted {
                firstLine[index] = row.line
            } else {
                let existing = areas.wards[index]
                let existingLocality = areas.localities[existing.locality]
                if existingLocality != locality {
                    diagnostics.append(table.error(row, localityColumn, "ward '\(ward)' is in two localities: '\(existingLocality)' on line \(firstLine[index] ?? 0) and '\(locality)' here; a ward belongs to one locality"))
                } else {
                    diagnostics.append(table.error(row, wardColumn, "ward '\(ward)' appears twice (first on line \(firstLine[index] ?? 0)); list each ward once"))
                }
            }
        }
        return (diagnostics.contains { $0.severity == .error } ? nil : areas, diagnostics)
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
