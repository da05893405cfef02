import FamdashDisclosure
import Foundation

/// `P/data/revisions.csv`: read from the site being replaced, extended, written again, and
/// turned into the [r] marks of the period's tables.
public enum RevisionsFile {
    /// The rows of an earlier revisions.csv; none when it is missing or not famdash's.
    public static func parse(_ bytes: [UInt8]) -> [Revision] {
        guard let rows = CSVText.rows(bytes), rows.first == Revision.header else { return [] }
        return rows.dropFirst().compactMap { fields in
            fields.count == Revision.header.count
                ? Revision(file: fields[0], row: fields[1], column: fields[2], previous: fields[3], current: fields[4], revisedOn: fields[5])
                : nil
        }
    }

    /// The revisions as a table for the CSV writer (and the tidy all-period file).
    public static func table(_ revisions: [Revision]) -> PublishedTable {
        PublishedTable(name: Revision.tableName, header: Revision.header, keys: revisions.map { _ in .total },
                       rows: revisions.map { $0.fields.map(PublishedValue.text) })
    }

    /// The period with every cell named in `revisions` marked revised in its tables.
    public static func marked(_ period: PublishedPeriod, _ revisions: [Revision]) -> PublishedPeriod {
        guard !revisions.isEmpty else { return period }
        var cells: [String: [String: Set<String>]] = [:]
        for revision in revisions where !revision.current.isEmpty {
            cells[revision.file, default: [:]][revision.row, default: []].insert(revision.column)
        }
        var marked = period
        for (index, table) in period.tables.enumerated() where table.file == .csv {
            guard let rows = cells[table.name + ".csv"] else { continue }
            let text = CSVText.rows(table)
            var revised: [Int: Set<Int>] = [:]
            for (row, fields) in text.dropFirst().enumerated() {
                guard let columns = rows[RevisionKey.key(fields, table: table.name)] else { continue }
                let indices = Set(columns.compactMap { table.header.firstIndex(of: $0) })
                if !indices.isEmpty { revised[row] = indices }
            }
            marked.tables[index].revised = revised
        }
        return marked
    }

    /// A period's revisions: those the old site's `data/revisions.csv` kept, then, when
    /// `compare`, every cell whose published text differs from the old site's CSV of it.
    public static func revisions(of period: PublishedPeriod, oldData folder: String, compare: Bool, on date: String) -> [Revision] {
        func bytes(_ name: String) -> [UInt8]? { FileManager.default.contents(atPath: folder + "/" + name).map { Array($0) } }
        let kept = bytes(Revision.tableName + ".csv").map(parse) ?? []
        guard compare else { return kept }
        var previous: [String: [[String]]] = [:], current: [String: [[String]]] = [:]
        for table in period.csvTables {
            current[table.name] = CSVText.rows(table)
            if let old = bytes(table.name + ".csv"), let rows = CSVText.rows(old) { previous[table.name] = rows }
        }
        return kept + RevisionFinder.changes(previous: previous, current: current, order: period.csvTables.map(\.name), on: date)
    }
}
