/// Compares a period's published CSVs with those of the site being replaced, cell by cell.
/// Rows are matched by key (and, where a key repeats, by its occurrence), columns by name, so
/// a new ward or a new column never shifts what is compared with what.
enum RevisionFinder {
    /// `previous` and `current`: fields of each file (header first) by table name; `order` is
    /// the current tables in published order. Files new to the period are new figures, not
    /// revisions; files gone from it are not published any more.
    static func changes(previous: [String: [[String]]], current: [String: [[String]]], order: [String], on date: String) -> [Revision] {
        var revisions: [Revision] = []
        for name in order {
            guard let old = previous[name], let new = current[name], let oldHeader = old.first, let newHeader = new.first else { continue }
            let width = RevisionKey.width(of: name)
            let columns = newHeader.indices.dropFirst(width).compactMap { index -> (name: String, new: Int, old: Int)? in
                oldHeader.firstIndex(of: newHeader[index]).map { (newHeader[index], index, $0) }
            }
            var oldRows: [String: [[String]]] = [:]
            var oldOrder: [String] = []
            for row in old.dropFirst() {
                let key = RevisionKey.key(row, table: name)
                if oldRows[key] == nil { oldOrder.append(key) }
                oldRows[key, default: []].append(row)
            }
            var used: [String: Int] = [:]
            func field(_ row: [String], _ index: Int) -> String { index < row.count ? row[index] : "" }
            for row in new.dropFirst() {
                let key = RevisionKey.key(row, table: name)
                let occurrence = used[key, default: 0]
                used[key] = occurrence + 1
                let match = oldRows[key].flatMap { occurrence < $0.count ? $0[occurrence] : nil }
                for column in columns {
                    let before = match.map { field($0, column.old) } ?? ""
                    let now = field(row, column.new)
                    if match == nil || before != now {
                        revisions.append(Revision(file: name + ".csv", row: key, column: column.name, previous: before, current: now, revisedOn: date))
                    }
                }
            }
            for key in oldOrder {
                for row in (oldRows[key] ?? []).dropFirst(used[key, default: 0]) {
                    for column in columns {
                        revisions.append(Revision(file: name + ".csv", row: key, column: column.name, previous: field(row, column.old), current: "", revisedOn: date))
                    }
                }
            }
        }
        return revisions
    }
}
