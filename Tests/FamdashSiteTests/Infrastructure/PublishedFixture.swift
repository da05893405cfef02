import FamdashDisclosure
import FamdashFigures
import FamdashModel
@testable import FamdashSite

/// Published periods written out by hand, as a reader would see the CSVs: the pages are tested
/// on what is published, so the fixtures are made of published values, [c] included.
enum PublishedFixture {
    static func table<T: TableDefinition>(_ definition: T.Type, _ rows: [(RowKey, [PublishedValue])]) -> PublishedTable {
        PublishedTable(name: T.name, file: T.file, header: T.Column.allCases.map(\.name), keys: rows.map(\.0), rows: rows.map(\.1))
    }

    static func summary(families: Int, people: Int, allocated: Int, claims: Int) -> PublishedTable {
        table(SummaryTable.self, [(.total, [.count(families), .count(people), .count(allocated), .count(claims)])])
    }

    static func period(_ year: Int, _ quarter: Int, _ tables: [PublishedTable]) -> PublishedPeriod {
        PublishedPeriod(period: PeriodName(year: year, quarter: quarter), tables: tables, suppressedCount: 0, minCount: 5)
    }

    static func content(_ periods: [PublishedPeriod], settings: Settings) -> SiteContent {
        SiteContent(context: SiteContext(settings: settings, periods: periods.map(\.period), generatedOn: "1 January 2014", version: "test"),
                    periods: periods, charts: [:])
    }

    static let twoMeasures = Settings(name: "Test", measures: [Measure(key: "crime", label: "Crime"), Measure(key: "school", label: "School")])

    /// A rag.csv row: measure, qualifiers, red, amber, green, not assessed, then the percentages.
    static func ragRow(_ index: Int, _ key: String, _ counts: [PublishedValue], _ percents: [PublishedValue]) -> (RowKey, [PublishedValue]) {
        (.measure(index), [.text(key)] + counts + percents)
    }
}
