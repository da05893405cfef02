import FamdashDisclosure
import FamdashFigures
import FamdashModel
import FamdashTestSupport
import Foundation
import Testing
@testable import FamdashCharts
@testable import FamdashRaster

@Suite("chart model and SVG")
struct ChartTests {
    static let bars = Chart(name: "families-by-ward", title: "Families by ward", subtitle: "July to September 2013",
                            valueLabel: "Families", summary: "Abbey has the most families, 40 of 75.",
                            kind: .bars(.init(rows: [
                                .init(label: "Abbey", detail: "North", value: .count(40)),
                                .init(label: "Sinfin", detail: "South", value: .count(20)),
                                .init(label: "Darley", detail: "North", value: .suppressed),
                                .init(label: "Unidentified", value: .count(10)),
                            ])))

    @Test("bars are proportional to values, labelled, and suppressed values are hatched [c] with no length")
    func barsSVG() throws {
        let svg = try #require(SVGDocument(SVGRenderer.svg(ChartLayout.scene(Self.bars), id: "families-by-ward")))
        let root = try #require(svg.all("svg").first)
        #expect(root.attributes["role"] == "img")
        #expect(svg.all("title").first?.text.contains("Families by ward") == true)
        #expect(svg.all("desc").first?.text.contains("Abbey has the most families, 40 of 75.") == true)
        #expect(svg.all("desc").first?.text.contains("Darley (North): [c]") == true)
        let bars = svg.all("rect").filter { $0.attributes["fill"] == Palette.primary.hex }
        #expect(bars.count == 3)
        let widths = bars.map { $0.number("width") }
        #expect(abs(widths[0] / widths[1] - 2.0) < 0.01)
        #expect(abs(widths[0] / widths[2] - 4.0) < 0.01)
        let hatched = svg.all("rect").filter { $0.attributes["fill"]?.contains("hatch") == true }
        #expect(hatched.count == 2, "one stub and one legend swatch")
        #expect(svg.texts.contains("[c]"))
        #expect(svg.texts.contains("40") && svg.texts.contains("20") && svg.texts.contains("10"))
        #expect(svg.texts.contains("Abbey (North)"))
    }

    @Test("ranking: published values first, largest first; suppressed in name order; catch-alls last")
    func ranking() {
        let rows: [(String, PublishedValue)] = [("Zed", .count(5)), ("Unidentified", .count(99)), ("Beta", .suppressed),
                                                ("Alpha", .suppressed), ("Mid", .count(7)), ("Also", .count(7))]
        let ranked = Ranking.ranked(rows, value: { $0.1 }, name: { $0.0 }, last: { $0.0 == "Unidentified" })
        #expect(ranked.map(\.0) == ["Also", "Mid", "Zed", "Alpha", "Beta", "Unidentified"])
    }

    @Test("axis ticks at 1, 2 and 5 times a power of ten", arguments: [
        (87, 20, 100), (69, 20, 80), (3, 1, 3), (0, 1, 1), (1858, 500, 2000), (400_000, 100_000, 400_000), (11, 2, 12),
    ])
    func niceScale(maximum: Int, step: Int, top: Int) {
        let scale = NiceScale(maximumValue: maximum)
        #expect(scale.step == step)
        #expect(scale.maximum == top)
    }

    @Test("long names are shortened with an ellipsis, the full name kept in the description")
    func longNames() throws {
        let long = String(repeating: "Longname ", count: 20)
        let chart = Chart(name: "x", title: "T", subtitle: "S", valueLabel: "Families", summary: "S.",
                          kind: .bars(.init(rows: [.init(label: long, value: .count(3))])))
        let svg = try #require(SVGDocument(SVGRenderer.svg(ChartLayout.scene(chart), id: "x")))
        #expect(svg.texts.contains { $0.hasSuffix("…") && $0.count < long.count })
        #expect(svg.all("desc").first?.text.contains(long.trimmingCharacters(in: .whitespaces)) == true)
    }

    @Test("names are escaped in SVG")
    func escaping() throws {
        let chart = Chart(name: "x", title: "<script>alert(1)</script>", subtitle: "\"'&", valueLabel: "Families", summary: "s",
                          kind: .bars(.init(rows: [.init(label: "<b>&", value: .count(3))])))
        let text = SVGRenderer.svg(ChartLayout.scene(chart), id: "x")
        #expect(!text.contains("<script>"))
        let svg = try #require(SVGDocument(text))
        #expect(svg.texts.contains("<b>&"))
    }

    @Test("control characters in a name cannot make the SVG invalid XML; the escaping is the pages' own")
    func controlCharacters() throws {
        let name = "Esc\u{1B}[2Jape\u{1}\u{7F}\u{85}"
        let chart = Chart(name: "x", title: name, subtitle: "s", valueLabel: "Families", summary: name,
                          kind: .bars(.init(rows: [.init(label: name, value: .count(3))])))
        let text = SVGRenderer.svg(ChartLayout.scene(chart), id: "x")
        #expect(!text.unicodeScalars.contains { !MarkupText.allowed($0) })
        let svg = try #require(SVGDocument(text))
        #expect(svg.texts.contains("Esc\u{FFFD}[2Jape\u{FFFD}\u{FFFD}\u{FFFD}"))
        #expect(SVGRenderer.escape(name) == MarkupText.escape(name))
    }

    @Test("stacked RAG bars: published parts in proportion, suppressed parts as one hatched block of the remainder")
    func stacked() throws {
        let chart = Chart(name: "rag", title: "RAG", subtitle: "Q", valueLabel: "Qualifying families", summary: "s",
                          kind: .stacked(.init(parts: RAGParts.all, rows: [
                              .init(label: "Crime", values: [.count(10), .count(20), .suppressed, .suppressed], total: .count(40)),
                          ], percent: true)))
        let svg = try #require(SVGDocument(SVGRenderer.svg(ChartLayout.scene(chart), id: "rag")))
        let red = svg.all("rect").filter { $0.attributes["fill"] == Palette.red.hex }.map { $0.number("width") }
        let amber = svg.all("rect").filter { $0.attributes["fill"] == Palette.amber.hex }.map { $0.number("width") }
        let hatched = svg.all("rect").filter { $0.attributes["fill"]?.contains("hatch") == true }.map { $0.number("width") }
        // legend swatches are 14 wide; bars are the wider rects.
        let redBar = red.max()!, amberBar = amber.max()!, rest = hatched.max()!
        #expect(abs(amberBar / redBar - 2) < 0.01)
        #expect(abs(rest / redBar - 1) < 0.01, "the hidden 10 shows only as the remainder")
        #expect(svg.texts.contains("R 10") && svg.texts.contains("A 20") && svg.texts.contains("[c]"))
        #expect(!svg.texts.contains { $0.hasPrefix("G ") })
    }

    @Test("every chart of the hand-worked period, at min_count 3, shows exactly the published values")
    func noLeaks() throws {
        let figures = HandWorked.figures
        let suppression = try DisclosureControl.suppress(figures, minCount: 3)
        let period = PublishedPeriod(figures: figures, suppression: suppression, minCount: 3)
        let charts = PeriodCharts.charts(for: period, history: [period], settings: HandWorked.settings)
        // 8 charts of the period, the headline trend, one RAG trend and one ward comparison per
        // measure (no movement: one quarter).
        #expect(charts.count == 9 + 2 * HandWorked.settings.measures.count)
        let sources = ["families-by-ward": ("wards", 4), "people-by-ward": ("wards", 2), "families-by-locality": ("localities", 3),
                       "allocations-by-agency": ("allocations", 1)]
        var checked = 0
        for chart in charts {
            let scene = ChartLayout.scene(chart)
            #expect(SVGDocument(SVGRenderer.svg(scene, id: chart.name)) != nil, "\(chart.name) parses")
            guard let (tableName, column) = sources[chart.name], let table = period.table(tableName) else { continue }
            for row in table.rows {
                let label = row[0].csvText
                let entry = scene.description.components(separatedBy: "; ").first { $0.contains(label + ":") || $0.contains(label + " (") }
                let shown = entry?.components(separatedBy: ": ").last?.trimmingCharacters(in: CharacterSet(charactersIn: "."))
                #expect(shown == ChartText.value(row[column]), "\(chart.name): \(label) shows \(shown ?? "nothing")")
                if row[column].isSuppressed { checked += 1 }
            }
        }
        #expect(checked > 3, "the fixture must exercise suppressed rows")
    }

    @Test("the same figures give byte-identical SVG and PNG")
    func deterministic() throws {
        let scene = ChartLayout.scene(Self.bars)
        #expect(SVGRenderer.svg(scene, id: "a") == SVGRenderer.svg(scene, id: "a"))
        let fonts = try Fonts.locate()
        #expect(try PNGRenderer.png(scene, fonts: fonts) == PNGRenderer.png(scene, fonts: fonts))
    }
}

@Suite("PNG through libgd")
struct PNGTests {
    @Test("2x size, white background, bar colour where the bar is, hatching where suppressed")
    func pixels() throws {
        let scene = ChartLayout.scene(ChartTests.bars)
        let image = try #require(DecodedImage(png: try PNGRenderer.png(scene, fonts: try Fonts.locate())))
        #expect(image.width == 1600)
        #expect(image.height == Int((scene.height * 2).rounded()))
        #expect(image.pixel(2, 2) == 0xFFFFFF)
        for shape in scene.shapes {
            guard case let .rect(x, y, width, height, paint) = shape, width > 4, height > 4 else { continue }
            let centre = image.pixel(Int((x + width / 2) * 2), Int((y + height / 2) * 2))
            switch paint {
            case .solid(let color) where color == Palette.primary:
                #expect(centre == UInt32(color.red) << 16 | UInt32(color.green) << 8 | UInt32(color.blue))
            case .hatched:
                // A hatched block holds both the background and the line colour.
                var seen: Set<UInt32> = []
                for dx in 0..<Int(width * 2) { seen.insert(image.pixel(Int(x * 2) + dx, Int((y + height / 2) * 2))) }
                #expect(seen.contains(0xF3F2F1) && seen.contains(0x6F777B))
            default: break
            }
        }
    }

    @Test("reference images", arguments: ["bars", "stacked", "lines"])
    func reference(name: String) throws {
        let chart: Chart
        switch name {
        case "bars": chart = ChartTests.bars
        case "stacked":
            chart = Chart(name: "rag", title: "Progress by measure", subtitle: "July to September 2013", valueLabel: "Qualifying families",
                          summary: "s", kind: .stacked(.init(parts: RAGParts.all, rows: [
                              .init(label: "Crime", values: [.count(32), .count(63), .count(61), .count(72)], total: .count(228)),
                              .init(label: "School", values: [.count(10), .suppressed, .suppressed, .count(40)], total: .count(60)),
                          ], percent: true)))
        default:
            chart = Chart(name: "trend", title: "Families by quarter", subtitle: "2012-Q3 to 2013-Q2", valueLabel: "Families", summary: "s",
                          kind: .lines(.init(labels: ["2012-Q3", "2012-Q4", "2013-Q1", "2013-Q2"], series: [
                              .init(name: "Families", values: [.count(75), .count(150), .count(225), .count(300)], color: Palette.primary, dashed: false),
                              .init(name: "Claims", values: [.count(0), .suppressed, .count(12), .count(30)], color: Palette.tertiary, dashed: true),
                          ])))
        }
        let png = try PNGRenderer.png(ChartLayout.scene(chart), fonts: try Fonts.locate())
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("References/\(name).png").path
        if ProcessInfo.processInfo.environment["FAMDASH_RECORD"] == "1" || !FileManager.default.fileExists(atPath: path) {
            FileManager.default.createFile(atPath: path, contents: Data(png))
            Issue.record("recorded a new reference image \(path); check it by eye and run again")
            return
        }
        let reference = try #require(DecodedImage(png: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))))
        let actual = try #require(DecodedImage(png: png))
        #expect(actual.width == reference.width && actual.height == reference.height)
        // Font rasterising may differ slightly between FreeType builds: allow 0.5% of pixels.
        #expect(actual.differenceRatio(to: reference) < 0.005)
    }
}

@Suite("stacked bars without a published total")
struct StackedWithoutTotalTests {
    @Test("a movement row with a [c] still shows its published parts to scale, then a [c] stub")
    func movementRow() throws {
        // Hand-worked: rows 9 + 28 + [c] and [c] + 18 + 30; the largest known sum is 48.
        let chart = Chart(name: "move", title: "Crime", subtitle: "Q", valueLabel: "Families", summary: "s",
                          kind: .stacked(.init(parts: Array(RAGParts.all.prefix(3)), rows: [
                              .init(label: "Was red", values: [.count(9), .count(28), .suppressed], total: .suppressed),
                              .init(label: "Was amber", values: [.suppressed, .count(18), .count(30)], total: .suppressed),
                          ], percent: false)))
        let svg = try #require(SVGDocument(SVGRenderer.svg(ChartLayout.scene(chart), id: "move")))
        func bars(_ color: Color) -> [Double] {
            svg.all("rect").filter { $0.attributes["fill"] == color.hex && $0.number("height") > 14 }.map { $0.number("width") }
        }
        let red = try #require(bars(Palette.red).first), amber = bars(Palette.amber), green = try #require(bars(Palette.green).first)
        #expect(amber.count == 2)
        #expect(abs(amber.max()! / red - 28.0 / 9) < 0.01, "parts share one scale across rows")
        #expect(abs(green / red - 30.0 / 9) < 0.01)
        #expect(abs(amber.min()! / red - 18.0 / 9) < 0.01)
        #expect(svg.texts.contains("R 9") && svg.texts.contains("A 28") && svg.texts.contains("G 30"))
        #expect(svg.texts.filter { $0 == "[c]" }.count == 2, "one [c] per row, no total shown")
        #expect(!svg.texts.contains("37") && !svg.texts.contains("48"), "no sum posing as a total")
    }
}
