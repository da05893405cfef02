/// Approximate advance widths of DejaVu Sans (the font both renderers ask for), in ems, so
/// the layout can keep labels apart without a font engine in the pure chart module.
public enum TextMetrics {
    private static let narrow: Set<Character> = ["i", "j", "l", "'", "|", ".", ",", ":", ";", "!", " ", "I", "f", "t", "r", "(", ")", "[", "]", "-"]
    private static let wide: Set<Character> = ["m", "w", "M", "W", "@", "%", "&"]

    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for character in text { ems += self.ems(character) }
        return ems * size * (bold ? 1.08 : 1)
    }

    private static func ems(_ character: Character) -> Double {
        if narrow.contains(character) { return 0.34 }
        if wide.contains(character) { return 0.92 }
        if character.isUppercase { return 0.72 }
        if character.isNumber { return 0.64 }
        return 0.6
    }

    /// Shortens `text` with an ellipsis to fit `width`; the full text stays in the description.
    /// One pass: the longest prefix whose width plus the ellipsis fits (linear in the label,
    /// where measuring each shorter prefix again was quadratic).
    public static func truncated(_ text: String, size: Double, width: Double) -> String {
        if self.width(text, size: size) <= width { return text }
        // The same sums in the same order as `width(prefix + "…")`, so the cut is where it was.
        var used = 0.0
        var kept = ""
        for character in text {
            used += ems(character)
            if (used + ems("…")) * size * 1 > width { break }
            kept.append(character)
        }
        return kept.trimmingTrailingSpaces() + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

extension TextMetrics {
    /// Breaks `text` at spaces into lines that fit `width`; the last allowed line is shortened
    /// with an ellipsis if words remain.
    public static func wrapped(_ text: String, size: Double, bold: Bool = false, width: Double, maximumLines: Int = 6) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if line.isEmpty || self.width(candidate, size: size, bold: bold) <= width {
                line = candidate
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        guard lines.count > maximumLines else { return lines.map { truncated($0, size: size, width: width) } }
        let kept = Array(lines.prefix(maximumLines - 1)) + [lines[(maximumLines - 1)...].joined(separator: " ")]
        return kept.map { truncated($0, size: size, width: width) }
    }
}
