/// A value from the input as a message quotes it: cut to `InputLimits.quotedLength` characters
/// (a 10 MB cell is not echoed whole), and every character a reader cannot see written as
/// `<U+00A0>`, so that "ward 'Abbey ' is not in areas.csv; did you mean 'Abbey'?" never reads as
/// two identical names.
public enum ShownText {
    public static func quoted(_ text: some StringProtocol) -> String {
        var output = ""
        var shown = 0
        var cut = false
        for character in text {
            guard shown < InputLimits.quotedLength else { cut = true; break }
            shown += 1
            if character.unicodeScalars.contains(where: isInvisible) {
                for scalar in character.unicodeScalars {
                    output += isInvisible(scalar) ? codePoint(scalar) : String(scalar)
                }
            } else {
                output.append(character)
            }
        }
        // Counted in code points: cheap, and exact for every ordinary name.
        if cut { output += "... (\(text.unicodeScalars.count) characters)" }
        return output
    }

    /// Controls, format characters (zero-width space, byte-order mark, direction marks), every
    /// space but the ordinary one, and noncharacters.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .privateUse:
            return true
        default:
            return scalar.properties.isNoncharacterCodePoint
        }
    }

    /// "U+200B".
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// The first invisible character of `text` and its 1-based place, for "contains ... at character N".
    public static func firstInvisible(in text: some StringProtocol) -> (scalar: Unicode.Scalar, place: Int)? {
        var place = 0
        for character in text {
            place += 1
            if let scalar = character.unicodeScalars.first(where: isInvisible) { return (scalar, place) }
        }
        return nil
    }
}
