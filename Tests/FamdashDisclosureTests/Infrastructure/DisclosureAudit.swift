import FamdashDisclosure

/// An attacker's view of one period, written independently of famdash's own relation model:
/// it reads only the published tables, writes down every identity a reader knows (column
/// totals against the summary, wards against localities, ward allocations against ward
/// families, RAG parts against qualifiers, age bands against people, single years against
/// their band, agencies against allocations), and solves them by dense Gauss-Jordan
/// elimination modulo a different prime from famdash's. A `[c]` whose value the system fixes
/// is a disclosure.
struct DisclosureAudit {
    struct Unknown: Hashable, CustomStringConvertible {
        var table: String
        var row: Int
        var column: String
        var description: String { "\(table)[\(row)].\(column)" }
    }

    static let prime: Int64 = 1_000_000_007

    var unknowns: [Unknown] = []
    var index: [Unknown: Int] = [:]
    /// Each equation: coefficients over unknowns, and the constant side.
    var equations: [[Int: Int64]] = []

    /// Returns the suppressed cells a reader can pin to one value.
    static func pinned(_ period: PublishedPeriod) -> [Unknown] {
        var audit = DisclosureAudit()
        audit.collect(period)
        return audit.solve()
    }

    mutating func term(_ table: String, _ row: Int, _ column: String, _ value: PublishedValue, _ coefficient: Int64,
                       into equation: inout [Int: Int64], constant: inout Int64) {
        switch value {
        case .count(let count): constant -= coefficient * Int64(count)
        case .suppressed:
            let unknown = Unknown(table: table, row: row, column: column)
            let id: Int
            if let known = index[unknown] { id = known } else {
                id = unknowns.count
                unknowns.append(unknown)
                index[unknown] = id
            }
            equation[id, default: 0] += coefficient
        default: break
        }
    }

    /// sum(parts) - whole = 0
    mutating func relation(_ parts: [(String, Int, String, PublishedValue)], whole: (String, Int, String, PublishedValue)) {
        var equation: [Int: Int64] = [:]
        var constant: Int64 = 0
        for part in parts { term(part.0, part.1, part.2, part.3, 1, into: &equation, constant: &constant) }
        term(whole.0, whole.1, whole.2, whole.3, -1, into: &equation, constant: &constant)
        equations.append(equation)
    }

    mutating func collect(_ period: PublishedPeriod) {
        func cells(_ name: String, _ column: String) -> [(String, Int, String, PublishedValue)] {
            guard let table = period.table(name), let index = table.column(column) else { return [] }
            return table.rows.enumerated().map { (name, $0.offset, column, $0.element[index]) }
        }
        func summary(_ key: String) -> (String, Int, String, PublishedValue) {
            ("summary", 0, key, period.table("summary")?.rows.first?[period.table("summary")?.column(key) ?? 0] ?? .count(0))
        }
        let wards = period.table("wards")!
        let localities = period.table("localities")!
        let wardLocality = wards.rows.map { $0[1].csvText }
        for column in ["people", "families"] {
            relation(cells("wards", column), whole: summary(column))
            relation(cells("localities", column), whole: summary(column))
            let wardCells = cells("wards", column)
            for (row, locality) in localities.rows.enumerated() {
                let name = locality[0].csvText
                let parts = wardCells.enumerated().filter { wardLocality[$0.offset] == name }.map(\.element)
                relation(parts, whole: cells("localities", column)[row])
            }
        }
        let rag = period.table("rag")!
        for row in rag.rows.indices {
            let parts = ["red", "amber", "green", "not_assessed"].map { cells("rag", $0)[row] }
            relation(parts, whole: cells("rag", "qualifiers")[row])
        }
        relation(cells("ages", "people"), whole: summary("people"))
        let detail = period.table("ages-detail")!
        let firstAge = Int(detail.rows[0][0].csvText)!
        let band = firstAge <= 10 ? 0 : min(9, (firstAge - 1) / 10)
        relation(cells("ages-detail", "people"), whole: cells("ages", "people")[band])
        relation(cells("allocations", "families"), whole: summary("allocated"))
        relation(cells("ward-allocations", "allocated"), whole: summary("allocated"))
        relation(cells("ward-allocations", "claimed"), whole: summary("claims"))
        for row in wards.rows.indices {
            let parts = ["allocated", "not_to_be_allocated", "yet_to_be_allocated"].map { cells("ward-allocations", $0)[row] }
            relation(parts, whole: cells("wards", "families")[row])
        }
        if let levels = period.table("levels") {
            for row in levels.rows.indices {
                let parts = ["allocated", "not_to_be_allocated", "yet_to_be_allocated"].map { cells("levels", $0)[row] }
                relation(parts, whole: cells("levels", "families")[row])
            }
            relation(cells("levels", "families"), whole: summary("families"))
            relation(cells("levels", "allocated"), whole: summary("allocated"))
            // Levels and wards split the same families: the same totals of each status.
            for column in ["not_to_be_allocated", "yet_to_be_allocated"] {
                var equation: [Int: Int64] = [:]
                var constant: Int64 = 0
                for cell in cells("levels", column) { term(cell.0, cell.1, cell.2, cell.3, 1, into: &equation, constant: &constant) }
                for cell in cells("ward-allocations", column) { term(cell.0, cell.1, cell.2, cell.3, -1, into: &equation, constant: &constant) }
                equations.append(equation)
            }
        }
    }

    /// Dense Gauss-Jordan; an unknown is pinned when its reduced row has no other unknown.
    func solve() -> [Unknown] {
        let width = unknowns.count
        guard width > 0 else { return [] }
        var matrix: [[Int64]] = equations.compactMap { equation in
            guard !equation.isEmpty else { return nil }
            var row = Array(repeating: Int64(0), count: width)
            for (column, value) in equation { row[column] = ((value % Self.prime) + Self.prime) % Self.prime }
            return row
        }
        var pivotRow = 0
        var pivots: [(row: Int, column: Int)] = []
        for column in 0..<width where pivotRow < matrix.count {
            guard let found = (pivotRow..<matrix.count).first(where: { matrix[$0][column] != 0 }) else { continue }
            matrix.swapAt(pivotRow, found)
            let inverse = Self.power(matrix[pivotRow][column], Self.prime - 2)
            matrix[pivotRow] = matrix[pivotRow].map { $0 * inverse % Self.prime }
            for other in 0..<matrix.count where other != pivotRow && matrix[other][column] != 0 {
                let factor = matrix[other][column]
                for k in 0..<width where matrix[pivotRow][k] != 0 {
                    matrix[other][k] = ((matrix[other][k] - factor * matrix[pivotRow][k]) % Self.prime + Self.prime) % Self.prime
                }
            }
            pivots.append((pivotRow, column))
            pivotRow += 1
        }
        return pivots.filter { pivot in matrix[pivot.row].enumerated().allSatisfy { $0.offset == pivot.column || $0.element == 0 } }
            .map { unknowns[$0.column] }
    }

    static func power(_ base: Int64, _ exponent: Int64) -> Int64 {
        var result: Int64 = 1, base = base % prime, exponent = exponent
        while exponent > 0 {
            if exponent & 1 == 1 { result = result * base % prime }
            base = base * base % prime
            exponent >>= 1
        }
        return result
    }
}
