/// Incremental Gauss-Jordan elimination over the integers modulo a large prime, on sparse rows.
///
/// Used to answer one question exactly: which unknowns of a linear system are determined by it
/// (the unit vector of the unknown lies in the row space). Working modulo a prime keeps every
/// number small and exact; relations among published counts have coefficients 0 and +-1, so a
/// false answer would need the prime to divide a minor of such a matrix, which is far beyond
/// the sizes of any table here.
struct SparseEliminator {
    static let prime: Int64 = 2_147_483_647

    struct Row {
        var columns: [Int]
        var values: [Int64]
    }

    private var rows: [Row] = []
    private var pivotRow: [Int: Int] = [:]
    private var rowsWithColumn: [Int: Set<Int>] = [:]

    /// Adds a row (column -> coefficient); ignores it if it depends on the rows already added.
    mutating func add(_ terms: [(column: Int, value: Int64)]) {
        var row = Self.normalised(terms)
        // Reduce by existing pivots. Basis rows are fully reduced, so subtracting one never
        // brings back another pivot column: the pivots present at the start are all there is.
        let pivotsPresent = row.columns.filter { pivotRow[$0] != nil }
        for column in pivotsPresent {
            guard let factor = Self.value(of: column, in: row), factor != 0, let basis = pivotRow[column] else { continue }
            row = Self.subtract(row, rows[basis], times: factor)
        }
        guard let pivot = row.columns.first else { return }
        let inverse = Self.inverse(row.values[0])
        row.values = row.values.map { $0 * inverse % Self.prime }

        // Eliminate the new pivot from the basis rows that contain it.
        let newIndex = rows.count
        for other in (rowsWithColumn[pivot] ?? []).sorted() {
            guard let factor = Self.value(of: pivot, in: rows[other]), factor != 0 else { continue }
            let before = Set(rows[other].columns)
            rows[other] = Self.subtract(rows[other], row, times: factor)
            let after = Set(rows[other].columns)
            for column in before.subtracting(after) { rowsWithColumn[column]?.remove(other) }
            for column in after.subtracting(before) { rowsWithColumn[column, default: []].insert(other) }
        }
        rows.append(row)
        pivotRow[pivot] = newIndex
        for column in row.columns { rowsWithColumn[column, default: []].insert(newIndex) }
    }

    /// Columns whose value the system fixes: a pivot row with no other entry.
    var determinedColumns: [Int] {
        pivotRow.compactMap { column, index in rows[index].columns.count == 1 ? column : nil }.sorted()
    }

    private static func normalised(_ terms: [(column: Int, value: Int64)]) -> Row {
        var merged: [Int: Int64] = [:]
        for term in terms { merged[term.column, default: 0] += term.value }
        var row = Row(columns: [], values: [])
        for column in merged.keys.sorted() {
            let value = ((merged[column]! % prime) + prime) % prime
            if value != 0 {
                row.columns.append(column)
                row.values.append(value)
            }
        }
        return row
    }

    private static func value(of column: Int, in row: Row) -> Int64? {
        var low = 0, high = row.columns.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if row.columns[middle] == column { return row.values[middle] }
            if row.columns[middle] < column { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    /// a - factor * b, merging sorted columns.
    private static func subtract(_ a: Row, _ b: Row, times factor: Int64) -> Row {
        var result = Row(columns: [], values: [])
        result.columns.reserveCapacity(a.columns.count + b.columns.count)
        result.values.reserveCapacity(a.columns.count + b.columns.count)
        var i = 0, j = 0
        while i < a.columns.count || j < b.columns.count {
            let column: Int
            var value: Int64
            if j >= b.columns.count || (i < a.columns.count && a.columns[i] < b.columns[j]) {
                column = a.columns[i]
                value = a.values[i]
                i += 1
            } else if i >= a.columns.count || b.columns[j] < a.columns[i] {
                column = b.columns[j]
                value = (prime - factor * b.values[j] % prime) % prime
                j += 1
            } else {
                column = a.columns[i]
                value = (a.values[i] - factor * b.values[j] % prime + prime) % prime
                i += 1
                j += 1
            }
            if value != 0 {
                result.columns.append(column)
                result.values.append(value)
            }
        }
        return result
    }

    private static func inverse(_ value: Int64) -> Int64 {
        var result: Int64 = 1
        var base = value % prime
        var exponent = prime - 2
        while exponent > 0 {
            if exponent & 1 == 1 { result = result * base % prime }
            base = base * base % prime
            exponent >>= 1
        }
        return result
    }
}
