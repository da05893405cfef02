import CGD
import Testing
@testable import FamdashRaster

@Suite("PNG encoding")
struct PNGEncoderTests {
    /// A libgd image whose pixel (x, y) is `color(x, y)`.
    func image(width: Int32, height: Int32, _ color: (Int32, Int32) -> Int32) throws -> gdImagePtr {
        let image = try #require(gdImageCreateTrueColor(width, height))
        for y in 0..<height {
            for x in 0..<width { image.pointee.tpixels[Int(y)]![Int(x)] = color(x, y) }
        }
        return image
    }

    func decodedPixels(_ png: [UInt8]) throws -> [UInt32] {
        try #require(DecodedImage(png: png)).pixels
    }

    @Test("a chart's few colours are written as a palette image that decodes to the same pixels")
    func palette() throws {
        let colors: [Int32] = [0xFFFFFF, 0xA51F1A, 0x2E8B57]
        let image = try image(width: 37, height: 11) { x, y in colors[Int((x / 5 + y) % 3)] }
        defer { gdImageDestroy(image) }
        let png = try #require(PNGEncoder.encode(image, level: 3, strategy: .fixedRunLength))
        #expect(png[25] == 3, "colour type 3: palette")
        let plte = try #require(png.firstRange(of: Array("PLTE".utf8)))
        let paletteLength = Int(png[plte.lowerBound - 1]) | Int(png[plte.lowerBound - 2]) << 8
        #expect(paletteLength == 9, "three colours, in order of first appearance")
        #expect(Array(png[plte.upperBound..<plte.upperBound + 3]) == [0xFF, 0xFF, 0xFF])
        var expected: [UInt32] = []
        for y in 0..<11 {
            for x in 0..<37 { expected.append(UInt32(colors[(x / 5 + y) % 3])) }
        }
        #expect(try decodedPixels(png) == expected)
    }

    @Test("more than 256 colours fall back to RGB, still exact")
    func trueColor() throws {
        func color(_ x: Int32, _ y: Int32) -> Int32 {
            let red: Int32 = (x * 6) << 16, green: Int32 = (y * 8) << 8
            return red | green | 0x40
        }
        let image = try image(width: 40, height: 30, color)
        defer { gdImageDestroy(image) }
        for strategy in [PNGEncoder.Strategy.fixedRunLength, .zlibRunLength, .zlibStandard] {
            let png = try #require(PNGEncoder.encode(image, level: 3, strategy: strategy))
            #expect(png[25] == 2, "colour type 2: RGB")
            var expected: [UInt32] = []
            for y in Int32(0)..<30 {
                for x in Int32(0)..<40 { expected.append(UInt32(color(x, y))) }
            }
            #expect(try decodedPixels(png) == expected)
        }
    }

    @Test("text coverage comes in 16 steps, so a chart's anti-aliased text stays within a palette")
    func coverageSteps() {
        #expect(TextStamps.quantized(0) == 0)
        #expect(TextStamps.quantized(8) == 0)
        #expect(TextStamps.quantized(9) == 17)
        #expect(TextStamps.quantized(254) == 255)
        #expect(Set((0...255).map { TextStamps.quantized(Int32($0)) }).count == 16)
    }

    @Test("text drawn from the shared masks is the same whichever chart drew it first")
    func stampsAreStable() throws {
        let fonts = try Fonts.locate()
        let first = try TextStamps.shared.stamp("Abbey 12,345", font: fonts.regular, points: 18)
        let again = try TextStamps.shared.stamp("Abbey 12,345", font: fonts.regular, points: 18)
        #expect(first.coverage == again.coverage)
        #expect(first.advance > 50 && first.width >= Int(first.advance))
        #expect(first.coverage.contains { $0 == 255 } && first.coverage.contains { $0 > 0 && $0 < 255 }, "solid and anti-aliased pixels")
    }
}
