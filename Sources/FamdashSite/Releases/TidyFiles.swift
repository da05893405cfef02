import FamdashDisclosure
import FamdashModel

/// `OUT/data/`: every period's NAME.csv in one tidy file with a first column `period`
/// (periods in order, each period's rows as in its own file), areas.csv with ward codes, and
/// CSV on the Web metadata beside each, so a reviewer's tools load every quarter at once.
public enum TidyFiles {
    public static let folder = "data"

    /// `periods`: each period's CSV tables in published order (revisions included where there are any).
    public static func files(_ periods: [(period: PeriodName, tables: [PublishedTable])], areas: Areas, settings: Settings) -> [(String, [UInt8])] {
        var order: [String] = []
        var byName: [String: PublishedTable] = [:]
        for (period, tables) in periods {
            for table in tables {
                if byName[table.name] == nil {
                    order.append(table.name)
                    byName[table.name] = PublishedTable(name: table.name, header: ["period"] + table.header, keys: [], rows: [])
                }
                byName[table.name]?.rows += table.rows.map { [.text(period.description)] + $0 }
                byName[table.name]?.keys += table.keys
            }
        }
        var files: [(String, [UInt8])] = []
        for name in order {
            guard let table = byName[name] else { continue }
            files.append(("\(folder)/\(name).csv", Array(CSVWriter.csv(table).utf8)))
            files.append(("\(folder)/\(name).csv-metadata.json", Array(CSVWMetadata.json(table: name, settings: settings).utf8)))
        }
        files.append(("\(folder)/areas.csv", Array(areasCSV(areas).utf8)))
        files.append(("\(folder)/areas.csv-metadata.json", Array(CSVWMetadata.json(table: "areas", settings: settings).utf8)))
        return files
    }

    /// areas.csv as published: `ward,code,locality`, in file order; an empty code where none is given.
    static func areasCSV(_ areas: Areas) -> String {
        let rows = areas.wards.map { ward in
            [PublishedValue.text(ward.name), .text(ward.code ?? ""), .text(areas.localities[ward.locality])]
        }
        return CSVWriter.csv(PublishedTable(name: "areas", header: ["ward", "code", "locality"], keys: rows.map { _ in .total }, rows: rows))
    }
}
