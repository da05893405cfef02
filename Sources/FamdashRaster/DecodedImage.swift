import CGD

/// A PNG decoded by libgd into RGB pixels: what tests and reference comparisons read.
public struct DecodedImage: Sendable {
    public var width: Int
    public var height: Int
    /// Row-major 0xRRGGBB.
    public var pixels: [UInt32]

    public init?(png: [UInt8]) {
        var bytes = png
        guard let image = bytes.withUnsafeMutableBytes({ gdImageCreateFromPngPtr(Int32($0.count), $0.baseAddress) }) else { return nil }
        defer { gdImageDestroy(image) }
        width = Int(image.pointee.sx)
        height = Int(image.pointee.sy)
        var pixels = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                // Palette or true colour, this gives 0x00RRGGBB (alpha is unused here).
                pixels[y * width + x] = UInt32(truncatingIfNeeded: gdImageGetTrueColorPixel(image, Int32(x), Int32(y))) & 0xFFFFFF
            }
        }
        self.pixels = pixels
    }

    public func pixel(_ x: Int, _ y: Int) -> UInt32 { pixels[y * width + x] }

    /// Share of pixels whose channels differ by more than `tolerance` (0-255) from `other`.
    public func differenceRatio(to other: DecodedImage, tolerance: Int = 24) -> Double {
        guard width == other.width, height == other.height else { return 1 }
        var different = 0
        for index in pixels.indices {
            let a = pixels[index], b = other.pixels[index]
            for shift in [16, 8, 0] as [UInt32] {
                if abs(Int((a >> shift) & 0xFF) - Int((b >> shift) & 0xFF)) > tolerance {
                    different += 1
                    break
                }
            }
        }
        return Double(different) / Double(max(1, pixels.count))
    }
}
