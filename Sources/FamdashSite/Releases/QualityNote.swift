import FamdashModel

/// One kind of input warning and how many times a quarter's files raised it: what the data
/// quality notes of the methodology page list.
public struct QualityNote: Sendable, Equatable {
    public var kind: String
    public var count: Int

    public init(kind: String, count: Int) {
        self.kind = kind
        self.count = count
    }

    /// Warnings grouped by their message with figures, dates and quoted names taken out (the
    /// kind: "date … is after the end of the quarter (…)"), most frequent first, then by kind.
    public static func notes(_ warnings: [Diagnostic]) -> [QualityNote] {
        var counts: [String: Int] = [:]
        for warning in warnings where warning.severity == .warning { counts[kind(of: warning.message), default: 0] += 1 }
        return counts.map { QualityNote(kind: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.kind) > ($1.count, $0.kind) }
    }

    static func kind(of message: String) -> String {
        var result = ""
        var inFigure = false
        var inQuote = false
        for character in message {
            if character == "'" {
                if !inQuote { result += "‘…’" }
                inQuote.toggle()
                continue
            }
            if inQuote { continue }
            let figure = character.isNumber || (inFigure && (character == "-" || character == "/" || character == "."))
            if figure {
                if !inFigure { result += "…" }
                inFigure = true
            } else {
                inFigure = false
                result.append(character)
            }
        }
        return result
    }
}
