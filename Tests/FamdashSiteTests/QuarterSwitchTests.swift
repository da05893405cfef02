import FamdashDisclosure
import FamdashFigures
import FamdashModel
import Testing
@testable import FamdashSite

@Suite("quarter switcher and sparklines")
struct QuarterSwitchTests {
    typealias F = PublishedFixture

    static func wards(_ names: [String]) -> PublishedTable {
        F.table(WardsTable.self, names.enumerated().map { index, name in
            (name == "Unidentified" ? .unidentified : .ward(index), [.text(name), .text("North"), .count(10), .percent(500), .count(5), .percent(500)])
        })
    }

    @Test("each page links to the same page in the quarters either side; a ward that quarter lacks goes to its wards index")
    func links() {
        let q3 = F.period(2013, 3, [Self.wards(["Abbey", "Darley"])])
        let q4 = F.period(2013, 4, [Self.wards(["Abbey", "Darley", "Unidentified"])])
        let content = F.content([q3, q4], settings: F.twoMeasures)
        let pages = ["2013-Q4/wards/abbey.html", "2013-Q4/wards/unidentified.html", "2013-Q4/board-pack.html"].map {
            Page(path: $0, name: "x", period: q4.period, section: nil, breadcrumbs: [], body: "")
        }
        let linked = QuarterSwitch.linked(pages, period: q4, content: content)
        #expect(linked.map { $0.previousQuarter?.path } == ["2013-Q3/wards/abbey.html", "2013-Q3/wards/index.html", "2013-Q3/board-pack.html"])
        #expect(linked.allSatisfy { $0.nextQuarter == nil && $0.previousQuarter?.label == "July to September 2013" })
    }

    @Test("a sparkline scales to the largest figure in whole pixels and breaks at a [c]")
    func sparkline() {
        // x: 2 + i * 116 / 3 -> 2, 40, 79, 118; y: 25 - count * 22 / 400 -> 25 - 5 = 20, 25 - 22 = 3.
        let svg = Sparkline.svg([.count(100), .count(400), .suppressed, .count(400)])
        #expect(svg.contains("<polyline points=\"2,20 40,3\""))
        #expect(!svg.contains("79,"), "no line into or out of the withheld quarter")
        #expect(svg.contains("<circle cx=\"118\" cy=\"3\""))
        #expect(Sparkline.svg([.count(5)]).isEmpty, "one quarter is not a trend")
    }
}
