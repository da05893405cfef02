import FamdashDisclosure
import FamdashFigures
import FamdashModel
import Testing
@testable import FamdashSite

@Suite("page parts: totals, targets, the [c] key, captions")
struct PagePartsTests {
    typealias F = PublishedFixture

    static func levels(_ notToBe: [PublishedValue], _ yetToBe: [PublishedValue]) -> PublishedTable {
        let keys: [RowKey] = [.level(.high), .level(.medium), .level(.low), .notRecorded]
        return F.table(LevelsTable.self, zip(keys, zip(notToBe, yetToBe)).map { key, pair in
            (key, [.text("x"), .suppressed, .suppressed, pair.0, pair.1])
        })
    }

    @Test("allocation totals: from a fully published column, else families less allocated less the other, else [c]")
    func allocationTotals() {
        let summary = F.summary(families: 443, people: 1858, allocated: 355, claims: 65)
        // levels: not to be 0 + 0 + 0 + 20 = 20; yet to be 0 + 0 + 0 + 68 = 68; 355 + 20 + 68 = 443.
        let full = F.period(2013, 4, [summary, Self.levels([.count(0), .count(0), .count(0), .count(20)], [.count(0), .count(0), .count(0), .count(68)])])
        #expect(AllocationTotals.total(.notToBeAllocated, full) == .count(20))
        #expect(AllocationTotals.total(.yetToBeAllocated, full) == .count(68))
        // One yet-to-be level withheld: 443 - 355 - 20 = 68 is still what a reader works out.
        let partial = F.period(2013, 4, [summary, Self.levels([.count(0), .count(0), .count(0), .count(20)], [.suppressed, .count(0), .count(0), .suppressed])])
        #expect(AllocationTotals.total(.yetToBeAllocated, partial) == .count(68))
        let neither = F.period(2013, 4, [summary, Self.levels([.suppressed, .count(0), .count(0), .suppressed], [.suppressed, .count(0), .count(0), .suppressed])])
        #expect(AllocationTotals.total(.notToBeAllocated, neither) == .suppressed)
    }

    @Test("the [c] key is beside a table only when the table shows a [c]")
    func suppressionKey() {
        var table = HTMLTable(caption: "T", columns: [.init("Name", numeric: false), .init("Families")])
        table.rows = [[.rowHeader("Abbey", link: nil), .value(.count(12))]]
        #expect(!table.html.contains("c-key"))
        table.rows.append([.rowHeader("Darley", link: nil), .value(.suppressed)])
        #expect(table.html.contains("<p class=\"c-key\"><strong>[c]</strong> confidential"))
    }

    @Test("a chart's caption keeps its separator with the links, so print shows no stray ·")
    func caption() {
        let html = PageParts.figure(ChartReference(name: "families-by-ward", title: "Families by ward", alt: "A.", showsSuppressed: true),
                                    root: "../", period: PeriodName(year: 2013, quarter: 4))
        #expect(html.contains("<figcaption>Families by ward.<span class=\"chart-files\"> <a href=\"../2013-Q4/charts/families-by-ward.png\">PNG for papers</a> · "))
        #expect(html.contains("<source media=\"(max-width: 40rem)\" srcset=\"../2013-Q4/charts/families-by-ward-narrow.svg\">"))
        #expect(html.contains("<span class=\"c-key\">"))
    }

    @Test("a target's result is frozen at the quarter of its date; a later quarter shows that figure and says so")
    func frozenTarget() throws {
        let settings = Settings(name: "T", measures: [], targets: [Target(by: try #require(Day(year: 2013, month: 3, day: 31)), families: 2250)])
        func targets(_ families: Int, _ tenths: Int, _ status: String) -> PublishedTable {
            F.table(TargetsTable.self, [(.target(0), [.text("2013-03-31"), .text("2250"), .count(families), .percent(tenths), .text(status)])])
        }
        let q1 = F.period(2013, 1, [F.summary(families: 300, people: 900, allocated: 133, claims: 0), targets(133, 59, "missed")])
        let q2 = F.period(2013, 2, [F.summary(families: 320, people: 950, allocated: 140, claims: 0), targets(132, 59, "missed")])
        let content = F.content([q1, q2], settings: settings)
        let later = TargetsSection.html(q2, content: content, root: "../")
        #expect(later.contains("<strong>133</strong> families allocated by 31 March 2013, of a target of 2,250 (5.9%)"))
        #expect(later.contains("published for January to March 2013"))
        #expect(!later.contains(">132<"))
        let own = TargetsSection.html(q1, content: content, root: "../")
        #expect(own.contains("<strong>133</strong>") && !own.contains("published for"))
    }

    @Test("expected share by now: the share of the year to the target date that has passed")
    func expectedShare() throws {
        let by = try #require(Day(year: 2014, month: 3, day: 31))
        // 2013-09-30 is 183 days (30 + 31 + 30 + 31 + 31 + 30) after 2013-03-31, the start of the
        // year to 2014-03-31: 183 / 365 = 50.1%.
        #expect(TargetsSection.expectedShare(by: by, asAt: try #require(Day(year: 2013, month: 9, day: 30))) == 501)
        #expect(TargetsSection.expectedShare(by: by, asAt: try #require(Day(year: 2012, month: 12, day: 31))) == 0)
    }

    @Test("board report: % green with its change since last quarter in points")
    func ragChange() throws {
        let before = F.period(2013, 3, [F.table(RAGTable.self, [F.ragRow(0, "crime", [.count(194), .count(38), .count(53), .count(31), .count(72)], [.percent(196), .percent(273), .percent(160)]),
                                                              F.ragRow(1, "school", [.count(40), .count(10), .count(10), .count(12), .count(8)], [.percent(250), .percent(250), .percent(300)])])])
        let now = F.period(2013, 4, [F.table(RAGTable.self, [F.ragRow(0, "crime", [.count(228), .count(32), .count(63), .count(61), .count(72)], [.percent(140), .percent(276), .percent(268)]),
                                                           F.ragRow(1, "school", [.count(40), .count(12), .count(11), .count(9), .count(8)], [.percent(300), .percent(275), .percent(225)])])])
        let content = F.content([before, now], settings: F.twoMeasures)
        let html = BoardPackPage.ragTable(try #require(now.table(RAGTable.self)), previous: before, content: content, root: "../", period: now.period).html
        // Crime 16.0 -> 26.8 is +10.8 points; School 30.0 -> 22.5 is -7.5.
        #expect(html.contains("<td class=\"num\">26.8</td><td class=\"num\">+10.8</td>"))
        #expect(html.contains("<td class=\"num\">22.5</td><td class=\"num\">−7.5</td>"))
    }
}

@Suite("allocations page")
struct AllocationsPageTests {
    typealias F = PublishedFixture

    @Test("agencies alphabetical ignoring case on the page, Not recorded last; levels read as the CSV writes them")
    func agencyOrder() throws {
        // allocations.csv in code-point order, as DATA.md asks: EWS before Early Help.
        let allocations = F.table(AllocationsTable.self, [
            (.agency("EWS"), [.text("EWS"), .count(31), .percent(87)]), (.agency("Early Help"), [.text("Early Help"), .count(44), .percent(124)]),
            (.agency("FIP"), [.text("FIP"), .count(30), .percent(85)]), (.notRecorded, [.text("Not recorded"), .count(45), .percent(127)]),
        ])
        let wards = F.table(WardAllocationsTable.self, [(.ward(0), [.text("Abbey"), .count(150), .count(10), .count(0), .count(5)])])
        let period = F.period(2013, 4, [F.summary(families: 155, people: 400, allocated: 150, claims: 10), allocations, wards])
        let page = try #require(AllocationsPage.page(period, content: F.content([period], settings: F.twoMeasures)))
        let order = ["<th scope=\"row\">Early Help</th>", "<th scope=\"row\">EWS</th>", "<th scope=\"row\">FIP</th>", "<th scope=\"row\">Not recorded</th>"]
            .map { page.body.range(of: $0)?.lowerBound }
        let found = order.compactMap { $0 }
        #expect(found.count == 4 && found == found.sorted())
        // Not to be allocated 0 and yet to be 5 are the one ward's: the totals row shows them.
        #expect(page.body.contains("<tfoot><tr><th scope=\"row\">Total</th><td class=\"num\" data-value=\"150\">150</td><td class=\"num\" data-value=\"10\">10</td><td class=\"num\" data-value=\"0\">0</td><td class=\"num\" data-value=\"5\">5</td></tr></tfoot>"))
    }
}
