/// Escaping for text from the data wherever it lands in markup: HTML pages (FamdashSite's
/// `HTMLText`) and SVG charts (FamdashCharts' `SVGRenderer`) both use this one function, kept in
/// the lowest module they share, so a page and a chart can never escape a name differently.
public enum MarkupText {
    /// Text content and double- or single-quoted attribute values: `&`, `<`, `>`, `"` and `'`
    /// as entities; every character that HTML text and XML 1.0 do not allow written as U+FFFD
    /// (the replacement character, so it shows that something was there): the C0 controls but
    /// tab, line feed and carriage return; DEL; the C1 controls (U+0080-U+009F); and the
    /// noncharacters (U+FDD0-U+FDEF and U+xFFFE, U+xFFFF of every plane).
    public static func escape(_ text: String) -> String {
        // Most names are plain ASCII with nothing to escape: return them as they are.
        if text.utf8.allSatisfy({ byte in byte < 0x80 && (byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D) && byte != 0x7F
                && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") }) {
            return text
        }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(allowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return output
    }

    /// `text` with every character `allowed` rejects replaced by U+FFFD and nothing else
    /// changed: for a whole rendered page, whose template may put a name in without famdash's
    /// escaping (Mustache's `{{name}}` escapes markup only). Returns `text` itself, after one
    /// pass over its bytes, when there is nothing to replace (as on every ordinary page).
    public static func cleaned(_ text: String) -> String {
        guard containsDisallowed(text) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { output.append(allowed(scalar) ? scalar : "\u{FFFD}") }
        return String(output)
    }

    /// Looks for a disallowed character in the UTF-8 bytes, without decoding them.
    static func containsDisallowed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return true }
                } else if byte == 0xC2 {
                    if index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]) { return true }  // C1 controls
                } else if byte == 0xEF && index + 2 < count {
                    let (second, third) = (bytes[index + 1], bytes[index + 2])
                    if second == 0xB7 && (0x90...0xAF).contains(third) { return true }  // U+FDD0-U+FDEF
                    if second == 0xBF && third >= 0xBE { return true }  // U+FFFE, U+FFFF
                } else if byte >= 0xF0 && index + 3 < count {
                    // U+xFFFE and U+xFFFF of the other planes: low 16 bits all ones but maybe the last.
                    if bytes[index + 1] & 0x0F == 0x0F && bytes[index + 2] == 0xBF && bytes[index + 3] >= 0xBE { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Whether a character may be written as it is in HTML text and in XML 1.0.
    public static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
        if (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value) { return false }
        return value & 0xFFFE != 0xFFFE
    }
}
