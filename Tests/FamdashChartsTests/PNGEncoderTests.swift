import CGD
import Testing
@testable import FamdashRaster

@Suite("PNG encoding")
struct PNGEncoderTests {
    /// A libgd palette image of `colors` whose pixel (x, y) has colour index `index(x, y)`.
    func image(width: Int32, height: Int32, colors: [Int32], _ index: (Int32, Int32) -> Int) throws -> gdImagePtr {
        let image = try #require(gdImageCreate(width, height))
        for color in colors { _ = gdImageColorAllocate(image, color >> 16, (color >> 8) & 0xFF, color & 0xFF) }
        for y in 0..<height {
            for x in 0..<width { image.pointee.pixels[Int(y)]![Int(x)] = UInt8(index(x, y)) }
        }
        return image
    }

    @Test("a chart's palette image is written as a palette PNG that decodes to the same pixels, with every encoder")
    func palette() throws {
        let colors: [Int32] = [0xFFFFFF, 0xA51F1A, 0x2E8B57]
        let image = try image(width: 37, height: 11, colors: colors) { x, y in Int((x / 5 + y) % 3) }
        defer { gdImageDestroy(image) }
        var expected: [UInt32] = []
        for y in 0..<11 {
            for x in 0..<37 { expected.append(UInt32(colors[(x / 5 + y) % 3])) }
        }
        for strategy in [PNGEncoder.Strategy.ownRunLength, .zlibRunLength, .zlibStandard] {
            let png = try #require(PNGEncoder.encode(image, level: 3, strategy: strategy))
            #expect(png[25] == 3, "colour type 3: palette")
            let plte = try #require(png.firstRange(of: Array("PLTE".utf8)))
            let paletteLength = Int(png[plte.lowerBound - 1]) | Int(png[plte.lowerBound - 2]) << 8
            #expect(paletteLength == 9, "three colours, in allocation order")
            #expect(Array(png[plte.upperBound..<plte.upperBound + 3]) == [0xFF, 0xFF, 0xFF])
            #expect(try #require(DecodedImage(png: png)).pixels == expected)
        }
    }

    @Test("a true-colour image is refused, not written wrongly")
    func trueColorRefused() throws {
        let image = try #require(gdImageCreateTrueColor(4, 4))
        defer { gdImageDestroy(image) }
        #expect(PNGEncoder.encode(image, level: 3, strategy: .ownRunLength) == nil)
    }

    @Test("text coverage comes in 16 steps, so a chart's anti-aliased text stays within a palette")
    func coverageSteps() {
        #expect(TextStamps.quantized(0) == 0)
        #expect(TextStamps.quantized(8) == 0)
        #expect(TextStamps.quantized(9) == 1)
        #expect(TextStamps.quantized(254) == 15)
        #expect(TextStamps.quantized(255) == 15)
        #expect(Set((0...255).map { TextStamps.quantized(Int32($0)) }) == Set(0...15))
    }

    @Test("text drawn from the shared masks is the same whichever chart drew it first")
    func stampsAreStable() throws {
        let fonts = try Fonts.locate()
        let first = try TextStamps.shared.stamp("Abbey 12,345", font: fonts.regular, points: 18)
        let fresh = try TextStamps.render("Abbey 12,345", font: fonts.regular, points: 18)
        #expect(first.coverage == fresh.coverage && first.offsetX == fresh.offsetX && first.offsetY == fresh.offsetY,
                "the kept mask is what drawing the text again gives")
        #expect(first.advance > 50 && first.width >= Int(first.advance))
        #expect(first.coverage.contains { $0 == 15 } && first.coverage.contains { $0 > 0 && $0 < 15 }, "solid and anti-aliased pixels")
        for (row, span) in first.spans.enumerated() {
            let inked = (0..<first.width).filter { first.coverage[row * first.width + $0] > 0 }
            #expect(span == (inked.isEmpty ? 0..<0 : inked.first!..<(inked.last! + 1)), "row \(row)")
        }
    }
}
