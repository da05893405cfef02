import Testing
@testable import FamdashModel

@Suite("escaping for HTML and SVG")
struct MarkupTextTests {
    @Test("markup characters become entities")
    func entities() {
        #expect(MarkupText.escape("<b a=\"x\" b='y'>&</b>") == "&lt;b a=&quot;x&quot; b=&#39;y&#39;&gt;&amp;&lt;/b&gt;")
        #expect(MarkupText.escape("Abbey") == "Abbey")
        #expect(MarkupText.escape("St Mary’s 🏠 Ĉ") == "St Mary’s 🏠 Ĉ")
    }

    @Test("characters HTML and XML do not allow become U+FFFD; tab, LF and CR stay", arguments: [
        ("a\u{1}b", "a\u{FFFD}b"), ("\u{1B}[31mred", "\u{FFFD}[31mred"), ("\u{0}", "\u{FFFD}"), ("x\u{7F}", "x\u{FFFD}"),
        ("\u{8}\u{B}\u{C}\u{1F}", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"), ("c1\u{85}\u{9F}", "c1\u{FFFD}\u{FFFD}"),
        ("a\tb\nc\rd", "a\tb\nc\rd"), ("\u{A0}\u{FFFD}\u{FFFC}", "\u{A0}\u{FFFD}\u{FFFC}"),
    ])
    func controls(input: String, expected: String) {
        #expect(MarkupText.escape(input) == expected)
    }

    @Test("noncharacters become U+FFFD")
    func noncharacters() {
        var text = ""
        for value: UInt32 in [0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFF, 0x10FFFE] { text.unicodeScalars.append(Unicode.Scalar(value)!) }
        #expect(MarkupText.escape(text) == String(repeating: "\u{FFFD}", count: 6))
        #expect(MarkupText.escape("\u{FDCF}\u{FDF0}") == "\u{FDCF}\u{FDF0}")
    }

    @Test("every code point: the output holds no character XML 1.0 forbids, and markup only as entities")
    func everyScalar() {
        var text = ""
        for value in UInt32(0)...0x10FFFF {
            if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
        }
        let escaped = MarkupText.escape(text)
        let wrong = escaped.unicodeScalars.filter { scalar in
            let value = scalar.value
            let xmlChar = value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
            return !xmlChar || scalar == "<" || scalar == ">" || scalar == "\"" || scalar == "'"
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { "U+" + String($0.value, radix: 16) })")
    }

    @Test("cleaning a whole page replaces only what is not allowed, and leaves an ordinary page as it is")
    func cleaned() {
        let page = "<title>Abbey – July to September 2013 – 🏠</title>\n<p class=\"x\">&amp; £5\t</p>\r\n"
        #expect(MarkupText.cleaned(page) == page)
        #expect(!MarkupText.containsDisallowed(page))
        #expect(MarkupText.cleaned("<title>Esc\u{1B}[2J\u{1}ape – \u{85}</title>") == "<title>Esc\u{FFFD}[2J\u{FFFD}ape – \u{FFFD}</title>")
        var all = ""
        for value in UInt32(0)...0x10FFFF {
            if let scalar = Unicode.Scalar(value) { all.unicodeScalars.append(scalar) }
        }
        // The byte scan and the scalar rule agree on every code point.
        let disagree = all.unicodeScalars.filter { MarkupText.containsDisallowed(String($0)) == MarkupText.allowed($0) }
        #expect(disagree.isEmpty, "\(disagree.prefix(5).map { "U+" + String($0.value, radix: 16) })")
        #expect(MarkupText.escape(all).unicodeScalars.allSatisfy(MarkupText.allowed))
        #expect(MarkupText.cleaned(all).unicodeScalars.allSatisfy(MarkupText.allowed))
    }
}
