import Testing
@testable import FamdashCharts

/// The RAG colours must stay apart for readers with the common colour-vision deficiencies and
/// in greyscale print. Simulated with the Machado, Oliveira and Fernandes (2009) matrices at
/// full severity, in linear RGB.
@Suite("RAG palette")
struct PaletteTests {
    typealias RGB = (Double, Double, Double)

    static let simulations: [String: [[Double]]] = [
        "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
        "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
        "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
    ]

    static func linear(_ color: Color) -> RGB {
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return (channel(color.red), channel(color.green), channel(color.blue))
    }

    /// CIE L* from linear RGB (D65), and a simple perceptual distance in Lab.
    static func lab(_ rgb: RGB) -> RGB {
        let x = (0.4124 * rgb.0 + 0.3576 * rgb.1 + 0.1805 * rgb.2) / 0.95047
        let y = 0.2126 * rgb.0 + 0.7152 * rgb.1 + 0.0722 * rgb.2
        let z = (0.0193 * rgb.0 + 0.1192 * rgb.1 + 0.9505 * rgb.2) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    static func distance(_ a: RGB, _ b: RGB) -> Double {
        let p = lab(a), q = lab(b)
        return ((p.0 - q.0) * (p.0 - q.0) + (p.1 - q.1) * (p.1 - q.1) + (p.2 - q.2) * (p.2 - q.2)).squareRoot()
    }

    static func simulate(_ rgb: RGB, _ matrix: [[Double]]) -> RGB {
        func clamp(_ v: Double) -> Double { min(1, max(0, v)) }
        return (clamp(matrix[0][0] * rgb.0 + matrix[0][1] * rgb.1 + matrix[0][2] * rgb.2),
                clamp(matrix[1][0] * rgb.0 + matrix[1][1] * rgb.1 + matrix[1][2] * rgb.2),
                clamp(matrix[2][0] * rgb.0 + matrix[2][1] * rgb.1 + matrix[2][2] * rgb.2))
    }

    static let rag: [(String, Color)] = [("red", Palette.red), ("amber", Palette.amber), ("green", Palette.green), ("not assessed", Palette.notAssessed)]

    @Test("every pair of RAG colours stays distinct under each simulated colour-vision deficiency")
    func colourBlind() {
        for (name, matrix) in Self.simulations {
            for i in 0..<Self.rag.count {
                for j in (i + 1)..<Self.rag.count {
                    let a = Self.simulate(Self.linear(Self.rag[i].1), matrix), b = Self.simulate(Self.linear(Self.rag[j].1), matrix)
                    #expect(Self.distance(a, b) > 20, "\(Self.rag[i].0) and \(Self.rag[j].0) under \(name): \(Self.distance(a, b))")
                }
            }
        }
    }

    @Test("and in greyscale print: lightness differs by at least 10 L* between any two")
    func greyscale() {
        let lightness = Self.rag.map { Self.lab(Self.linear($0.1)).0 }
        for i in 0..<lightness.count {
            for j in (i + 1)..<lightness.count {
                #expect(abs(lightness[i] - lightness[j]) >= 10, "\(Self.rag[i].0) \(lightness[i]) vs \(Self.rag[j].0) \(lightness[j])")
            }
        }
    }

    @Test("letters on segments are readable: contrast of at least 4.5:1 on every RAG colour")
    func letterContrast() {
        for (name, color) in Self.rag {
            let text = color.textOn
            let lighter = max(color.luminance, text.luminance), darker = min(color.luminance, text.luminance)
            #expect((lighter + 0.05) / (darker + 0.05) >= 4.5, "\(name)")
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
