import Testing
@testable import FamdashCharts

@Suite("label truncation")
struct TextMetricsTests {
    @Test("hand-worked: ten 0.6 em letters at 10 px in 40 px keep five and the ellipsis (6 x 6 px = 36 px)")
    func handWorked() {
        // a, b, c, d, e, g, h are 0.6 em; the ellipsis too: 10 px x 0.6 = 6 px each.
        #expect(TextMetrics.truncated("abcdeghabc", size: 10, width: 40) == "abcde…")
        #expect(TextMetrics.truncated("abcde", size: 10, width: 40) == "abcde", "fits: unchanged")
        // Spaces are 0.34 em: "abcd  " is 30.8 px, with the ellipsis 36.8; with "g" as well 42.8.
        #expect(TextMetrics.truncated("abcd  ghabc", size: 10, width: 40) == "abcd…", "trailing spaces dropped before the ellipsis")
    }

    @Test("a 200-character label is cut as measuring every shorter prefix would cut it")
    func sameAsPrefixSearch() {
        var seed: UInt64 = 12
        let alphabet = Array("aiMW. 1Zfé🏠-")
        for _ in 0..<200 {
            var label = ""
            for _ in 0..<200 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                label.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            let width = Double(Int(seed >> 40) % 400 + 20)
            // The definition: the longest prefix that fits with the ellipsis.
            var prefix = Array(label)
            if TextMetrics.width(label, size: 12) > width {
                while !prefix.isEmpty && TextMetrics.width(String(prefix) + "…", size: 12) > width { prefix.removeLast() }
                var expected = String(prefix)
                while expected.last == " " { expected.removeLast() }
                #expect(TextMetrics.truncated(label, size: 12, width: width) == expected + "…")
            } else {
                #expect(TextMetrics.truncated(label, size: 12, width: width) == label)
            }
        }
    }
}
