import FamdashDisclosure
import FamdashFigures
import FamdashModel
import FamdashTestSupport
import Testing
@testable import FamdashCharts

@Suite("ward map")
struct WardMapTests {
    /// HandWorked's three wards as squares in a row, the middle one with a hole, the last
    /// with a sliver far smaller than a pixel and a second, tiny island.
    static var boundaries: WardBoundaries {
        func square(_ x: Double, _ y: Double, _ size: Double) -> WardBoundaries.Ring {
            [(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)].map { WardBoundaries.Point(longitude: $0.0, latitude: $0.1) }
        }
        return WardBoundaries(shapes: [
            [[square(-1.6, 52.9, 0.1)]],
            [[square(-1.5, 52.9, 0.1), square(-1.47, 52.93, 0.04)]],
            [[square(-1.4, 52.9, 0.1)], [square(-1.2, 52.9, 0.000001)]],
        ])
    }

    @Test("projected and simplified, every ward keeps a shape inside the drawing")
    func geometry() {
        let geometry = WardMapGeometry(Self.boundaries)
        #expect(geometry.width <= 768 && geometry.height <= 860)
        #expect(geometry.wards.count == 3)
        for rings in geometry.wards {
            #expect(!rings.isEmpty)
            for ring in rings {
                #expect(ring.count >= 3)
                #expect(ring.allSatisfy { (0...geometry.width).contains($0.0) && (0...geometry.height).contains($0.1) })
            }
        }
        // The hole survives; the sub-pixel island is dropped but the ward keeps its square.
        #expect(geometry.wards[1].count == 2)
        #expect(geometry.wards[2].count == 1)
        // From -1.6 to the island at -1.2 and 0.1 degree high, at latitude 52.95 (cos = 0.6025):
        // 0.4 x 0.6025 / 0.1 = 2.41 times as wide as high; fitted to the 768 px width.
        #expect(abs(geometry.width / geometry.height - 2.41) < 0.01)
        #expect(geometry.width == 768)
    }

    @Test("a ward too small to draw still gets a shape")
    func tinyWard() {
        let dot = [(0.0, 0.0), (0.0001, 0.0), (0.0, 0.0001), (0.0, 0.0)]
        let rings = WardMapGeometry.simplified([dot])
        #expect(rings.count == 1 && rings[0].count == 4)
    }

    @Test("titles carry the published figure, never a suppressed one; suppressed wards hatched and labelled [c]")
    func titles() throws {
        let figures = HandWorked.figures
        let suppression = try DisclosureControl.suppress(figures, minCount: 3)
        let period = PublishedPeriod(figures: figures, suppression: suppression, minCount: 3)
        let geography = ChartGeography(geometry: WardMapGeometry(Self.boundaries), wardLinks: [0: "wards/abbey.html", 1: "wards/sinfin.html", 2: "wards/darley.html"])
        let context = ChartContext(period: period, history: [period], settings: HandWorked.settings, geography: geography)
        let chart = try #require(WardMapChart.charts(context).first)
        let svg = SVGRenderer.svg(ChartLayout.scene(chart), id: "ward-map")
        let wards = try #require(period.table(WardsTable.self))
        var suppressed = 0
        for (index, name) in ["Abbey", "Sinfin", "Darley"].enumerated() {
            let value = try #require(wards[.ward(index)])[.families]
            if value.isSuppressed {
                suppressed += 1
                #expect(svg.contains("<title>\(name): [c] families (suppressed)</title>"))
                // Its true count appears in no title.
                let truth = figures.table("wards")!.rows[index].numbers[4]
                #expect(!svg.contains("<title>\(name): \(truth) "))
            } else {
                #expect(svg.contains("<title>\(name): \(value.csvText) families</title>"))
            }
        }
        #expect(suppressed > 0, "the fixture must have a suppressed ward")
        #expect(svg.contains("<a href=\"../wards/sinfin.html\" target=\"_top\">"))
        #expect(svg.contains("url(#ward-map-hatch)") && svg.contains(">[c]</text>"))
        #expect(svg.contains("fill-rule=\"evenodd\""))
    }

    @Test("at most five classes, from published values only, covering them in order")
    func classes() {
        #expect(MapClasses.ranges([]) == [])
        #expect(MapClasses.ranges([4, 4, 4]) == [4...4])
        #expect(MapClasses.ranges([1, 2, 3]) == [1...1, 2...2, 3...3])
        // Ten values in fifths: 1-2, 3-4, 5-6, 7-8, 9-10.
        #expect(MapClasses.ranges(Array(1...10)) == [1...2, 3...4, 5...6, 7...8, 9...10])
        #expect(MapClasses.ranges(Array(0...1000)).count == 5)
    }

    @Test("2,000 wards of detailed boundaries (400 points each) simplify to an SVG map under 1 MB")
    func budget() throws {
        // A 50 x 40 grid of cells 0.01 degrees wide, each edge a wiggly line of 100 points, as
        // survey boundaries are; the wiggle (a 50th of a cell) is below a pixel at this scale.
        var shapes: [[WardBoundaries.Polygon]] = []
        for index in 0..<2000 {
            let x0 = -2.0 + Double(index % 50) * 0.01, y0 = 52.5 + Double(index / 50) * 0.01
            var ring: WardBoundaries.Ring = []
            let corners = [(x0, y0), (x0 + 0.01, y0), (x0 + 0.01, y0 + 0.01), (x0, y0 + 0.01)]
            for side in 0..<4 {
                let (a, b) = (corners[side], corners[(side + 1) % 4])
                for step in 0..<100 {
                    let t = Double(step) / 100, wiggle = (step % 2 == 0 ? 1.0 : -1.0) * 0.0002
                    ring.append(.init(longitude: a.0 + (b.0 - a.0) * t + (a.1 == b.1 ? 0 : wiggle), latitude: a.1 + (b.1 - a.1) * t + (a.0 == b.0 ? 0 : wiggle)))
                }
            }
            ring.append(ring[0])
            shapes.append([[ring]])
        }
        let geometry = WardMapGeometry(WardBoundaries(shapes: shapes))
        let areas = geometry.wards.indices.map { index in
            Chart.Map.Area(rings: geometry.wards[index], label: "Ward number \(index)", value: index % 17 == 0 ? .suppressed : .count(index % 300),
                           link: "wards/ward-number-\(index).html", labelPoint: geometry.labelPoint(ofWard: index))
        }
        let chart = Chart(name: "ward-map", title: "Families in the programme by ward", subtitle: "a quarter", valueLabel: "Families",
                          summary: "A map.", kind: .map(.init(width: geometry.width, height: geometry.height, areas: areas, noun: "families")))
        let svg = SVGRenderer.svg(ChartLayout.scene(chart), id: "ward-map")
        #expect(svg.utf8.count < 1_000_000, "\(svg.utf8.count) bytes")
        #expect(geometry.wards.allSatisfy { $0.count == 1 && $0[0].count >= 4 && $0[0].count < 40 })
    }
}
