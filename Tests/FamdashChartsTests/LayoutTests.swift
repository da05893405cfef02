import FamdashDisclosure
import FamdashFigures
import FamdashModel
import Testing
@testable import FamdashCharts

@Suite("layouts: withheld marks, part order, phones")
struct LayoutTests {
    static let ages = Chart(name: "age-bands", title: "People by age", subtitle: "Q", valueLabel: "People", summary: "s",
                            kind: .columns(.init(labels: ["0-10", "11-20", "51-60", "61-70"], values: [.count(321), .count(802), .count(30), .suppressed])))

    static func rects(_ scene: Scene, hatched: Bool) -> [(x: Double, y: Double, width: Double, height: Double)] {
        scene.shapes.compactMap { shape in
            guard case let .rect(x, y, width, height, paint) = shape, (paint == .hatched) == hatched else { return nil }
            return (x, y, width, height)
        }
    }

    @Test("a withheld column is a mark across the zero line, never taller than a real one of 30 (of 802)")
    func columnMark() throws {
        let scene = ChartLayout.scene(Self.ages)
        let bars = Self.rects(scene, hatched: false).filter { $0.width < 100 && $0.height > 0 && $0.y > 60 }
        let thirty = try #require(bars.min { $0.height < $1.height })  // 30 of a 1,000 scale over 240 px: 7.2 px
        #expect(abs(thirty.height - 7.2) < 0.01)
        let baseline = thirty.y + thirty.height
        let marks = Self.rects(scene, hatched: true).filter { $0.y > 60 && $0.width <= 16 }
        #expect(marks.count == 1)
        let mark = try #require(marks.first)
        #expect(baseline - mark.y <= 4, "reaches at most 4 px above the zero line")
        #expect(mark.y + mark.height > baseline, "and crosses it, so it reads as a mark, not a bar")
    }

    @Test("a ranked bar that is withheld has the same small mark whatever its row")
    func barMark() throws {
        let chart = Chart(name: "b", title: "T", subtitle: "S", valueLabel: "Families", summary: "s",
                          kind: .bars(.init(rows: [.init(label: "Abbey", value: .count(400)), .init(label: "Darley", value: .suppressed)])))
        let marks = Self.rects(ChartLayout.scene(chart), hatched: true).filter { $0.height == 16 }
        #expect(marks.count == 1 && marks.first?.width == 8)
    }

    @Test("R-A-G-N order is kept: withheld amber and green sit between red and not assessed")
    func ragOrder() throws {
        // 2013-Q1 of the sample's crime: red 19, amber and green [c], not assessed 74, of 115.
        let chart = Chart(name: "r", title: "T", subtitle: "S", valueLabel: "Qualifying families", summary: "s",
                          kind: .stacked(.init(parts: [
                              .init(name: "Red", letter: "R", color: Palette.red), .init(name: "Amber", letter: "A", color: Palette.amber),
                              .init(name: "Green", letter: "G", color: Palette.green), .init(name: "Not assessed", letter: "N", color: Palette.notAssessed),
                          ], rows: [.init(label: "2013-Q1", values: [.count(19), .suppressed, .suppressed, .count(74)], total: .count(115))], percent: true)))
        let scene = ChartLayout.scene(chart)
        let solid = Self.rects(scene, hatched: false).filter { $0.height == 20 }
        let red = try #require(solid.first), notAssessed = try #require(solid.last)
        let block = try #require(Self.rects(scene, hatched: true).first { $0.height == 20 })
        #expect(abs(block.x - (red.x + red.width)) < 0.01 && abs(notAssessed.x - (block.x + block.width)) < 0.01)
        // The block is the remainder a reader works out: 115 - 19 - 74 = 22 of 115.
        #expect(abs(block.width / red.width - 22.0 / 19) < 0.01)
    }

    @Test("at 360 px every text stays inside the chart and no text is under 11 px (9 CSS px on a 375 px phone)")
    func narrow() throws {
        let rows = (1...31).map { Chart.Bars.Row(label: "Ward number \($0) with a long name", detail: "Locality", value: $0 == 7 ? .suppressed : .count($0 * 10)) }
        let charts = [Self.ages, Chart(name: "w", title: "Families in the programme by ward, a long title that wraps", subtitle: "October to December 2013 (2013/14 Q3)",
                                       valueLabel: "Families", summary: "s", kind: .bars(.init(rows: rows)))]
        for chart in charts {
            let scene = ChartLayout.scene(chart, width: ChartLayout.narrowWidth)
            #expect(scene.width == 360)
            for shape in scene.shapes {
                guard case let .text(x, _, string, size, bold, _, anchor) = shape else { continue }
                #expect(size >= ChartLayout.smallestText)
                let width = TextMetrics.width(string, size: size, bold: bold)
                let left = anchor == .start ? x : anchor == .middle ? x - width / 2 : x - width
                #expect(left >= -0.5 && left + width <= 360.5, "\(chart.name): \"\(string)\" runs outside")
            }
        }
        // Long names go on their own line above the bar on a phone, whole rather than cut.
        let wards = ChartLayout.scene(charts[1], width: ChartLayout.narrowWidth)
        #expect(wards.shapes.contains { if case .text(16, _, "Ward number 12 with a long name (Locality)", _, _, _, .start) = $0 { true } else { false } })
        // The age profile is laid as bars on a phone: one labelled row per band.
        let narrowAges = ChartLayout.scene(Self.ages, width: ChartLayout.narrowWidth)
        #expect(narrowAges.shapes.contains { if case .text(_, _, "61-70", _, _, _, .end) = $0 { true } else { false } })
    }

    @Test("the ward limit never drops Unidentified, and says what is shown")
    func catchAllKept() {
        let ranked = (1...31).map { "W\($0)" } + ["Unidentified"]
        let (rows, left) = Ranking.shown(ranked, limit: 30, isCatchAll: { $0 == "Unidentified" })
        #expect(rows.count == 31 && rows.last == "Unidentified" && left == 1)
        #expect(RankedBars.limitNote(kept: 31, left: 1, catchAll: "Unidentified") == ": the 30 largest of 31, and Unidentified")
    }

    @Test("allocation letters differ from the RAG letters")
    func letters() {
        let allocation = Set(AllocationStatusByWardChart.parts.map(\.letter)), rag = Set(RAGParts.all.map(\.letter))
        #expect(allocation.isDisjoint(with: rag))
    }
}

@Suite("trend with a target line")
struct TargetLineTests {
    @Test("a target is a labelled line at its level, and the scale reaches it")
    func targetLine() throws {
        let chart = Chart(name: "t", title: "T", subtitle: "S", valueLabel: "Families", summary: "s",
                          kind: .lines(.init(labels: ["2013-Q3", "2013-Q4"], series: [.init(name: "Allocated", values: [.count(100), .count(150)], color: Palette.secondary, dashed: false)],
                                             references: [.init(label: "Target: 400 allocated by 31 March 2014", value: 400)])))
        let scene = ChartLayout.scene(chart)
        let gridTop = try #require(scene.shapes.compactMap { shape -> Double? in
            if case let .text(_, y, "400", _, _, _, .end) = shape { y } else { nil }
        }.first)
        let line = try #require(scene.shapes.compactMap { shape -> Double? in
            if case let .line(_, y1, _, y2, color, _, true) = shape, y1 == y2, color == Palette.text { y1 } else { nil }
        }.first)
        // The tick label sits 4 px below its grid line; the scale's top is the target's 400.
        #expect(abs(gridTop - 4 - line) < 0.01)
        #expect(scene.description.contains("Target: 400 allocated by 31 March 2014"))
    }
}
