/// Catches the malformed keys that make toml++ (inside TOMLKit) stop the whole process on an
/// internal assertion instead of reporting an error: a table header or a dotted key whose next
/// part is missing (`[` at the end of a line, `[a.]`, `a. = 1`). Found by fuzzing; each case
/// is reported here as a syntax error with its position, and TOMLKit never sees it.
enum TOMLPrecheck {
    static func problem(in text: String) -> (line: Int, column: Int, message: String)? {
        if let place = nulEscape(in: text) {
            return (place.line, place.column, "a NUL character (\\u0000) cannot be in a setting: toml++ would cut the text short there; delete it")
        }
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(rawLine.unicodeScalars)
            var index = 0
            func skipSpaces() { while index < line.count && (line[index] == " " || line[index] == "\t") { index += 1 } }
            func startsKey() -> Bool {
                guard index < line.count else { return false }
                let c = line[index]
                return c == "\"" || c == "'" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-"
            }
            func fail(_ message: String) -> (Int, Int, String) { (offset + 1, index + 1, message) }
            skipSpaces()
            guard index < line.count, line[index] != "#" else { continue }
            let header = line[index] == "["
            if header {
                index += 1
                if index < line.count && line[index] == "[" { index += 1 }
                skipSpaces()
                if !startsKey() { return fail("TOML syntax: a table header needs a name, as in [disclosure] or [[measures]]") }
            } else if !startsKey() {
                continue  // Not a key line: TOMLKit reports what is wrong.
            }
            // Walk the (possibly dotted, possibly quoted) key up to '=' or ']'.
            while index < line.count {
                let c = line[index]
                if c == "\"" || c == "'" {
                    index += 1
                    while index < line.count && line[index] != c { index += (line[index] == "\\" && c == "\"") ? 2 : 1 }
                    index += 1
                } else if c == "." {
                    index += 1
                    skipSpaces()
                    if !startsKey() { return fail("TOML syntax: a dotted key needs a name after the dot") }
                } else if c == "=" || c == "]" || c == "#" {
                    break
                } else {
                    index += 1
                }
            }
        }
        return nil
    }

    /// Where `\u0000` or `\U00000000` is written as an escape (an odd run of backslashes before
    /// it): TOMLKit hands strings to Swift as C strings, so the NUL would silently end the name.
    static func nulEscape(in text: String) -> (line: Int, column: Int)? {
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var index = 0
            while index < scalars.count {
                guard scalars[index] == "\\" else { index += 1; continue }
                var run = 0
                while index < scalars.count && scalars[index] == "\\" { run += 1; index += 1 }
                guard run % 2 == 1, index < scalars.count else { continue }
                let digits = scalars[index] == "u" ? 4 : scalars[index] == "U" ? 8 : 0
                guard digits > 0 else { continue }
                let hex = scalars[(index + 1)..<min(scalars.count, index + 1 + digits)]
                if hex.count == digits && hex.allSatisfy({ $0 == "0" }) { return (offset + 1, index) }
            }
        }
        return nil
    }
}
