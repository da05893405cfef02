/// Approximate advance widths of DejaVu Sans (the font both renderers ask for), in ems, so
/// the layout can keep labels apart without a font engine in the pure chart module.
public enum TextMetrics {
    private static let narrow: Set<Character> = ["i", "j", "l", "'", "|", ".", ",", ":", ";", "!", " ", "I", "f", "t", "r", "(", ")", "[", "]", "-"]
    private static let wide: Set<Character> = ["m", "w", "M", "W", "@", "%", "&"]

    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for character in text {
            if narrow.contains(character) { ems += 0.34 }
            else if wide.contains(character) { ems += 0.92 }
            else if character.isUppercase { ems += 0.72 }
            else if character.isNumber { ems += 0.64 }
            else { ems += 0.6 }
        }
        return ems * size * (bold ? 1.08 : 1)
    }

    /// Shortens `text` with an ellipsis to fit `width`; the full text stays in the description.
    public static func truncated(_ text: String, size: Double, width: Double) -> String {
        if self.width(text, size: size) <= width { return text }
        var characters = Array(text)
        while !characters.isEmpty && self.width(String(characters) + "…", size: size) > width {
            characters.removeLast()
        }
        return String(characters).trimmingTrailingSpaces() + "…"
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
