/// Turns cell text into values, and explains a refusal in words a data analyst can act on.
enum ValueParsers {
    /// What spreadsheets and databases write for "no value".
    static let missingMarkers: Set<String> = ["na", "n/a", "null", "none", "-", "--", "#n/a", "nan", "nil", "?"]

    /// allocations.csv's row for allocated families with no lead agency: no agency may take it.
    public static let noAgency = "Not recorded"

    /// "family_id 'F1<U+200B>' contains an invisible character (U+200B) at character 3; ...".
    static func invisibleProblem(_ text: String, _ invisible: (scalar: Unicode.Scalar, place: Int), what: String) -> String {
        "\(what) '\(ShownText.quoted(text))' contains an invisible character (\(ShownText.codePoint(invisible.scalar).dropFirst().dropLast())) at character \(invisible.place); delete it (it often comes from copying out of a web page or joining files)"
    }

    /// Why a name or label from the input cannot be published, or nil: too long for any page or
    /// chart, or (from programme.toml, where a control character can only be typed on purpose as
    /// an escape like \u0000) holding a control character. CSV names keep theirs: pages and
    /// charts show them as U+FFFD (MarkupText) and a CSV cell is neutralised.
    public static func labelProblem(_ text: some StringProtocol, what: String, allowingControls: Bool = true) -> String? {
        let length = text.count
        if length > InputLimits.labelLength {
            return "\(what) '\(ShownText.quoted(text))' is longer than \(InputLimits.labelLength) characters, more than a page or chart can show; shorten it"
        }
        guard !allowingControls else { return nil }
        var place = 0
        for character in text {
            place += 1
            if let control = character.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
                return "\(what) '\(ShownText.quoted(text))' contains a control character (\(ShownText.codePoint(control).dropFirst().dropLast())) at character \(place); delete it"
            }
        }
        return nil
    }

    static func isMissingMarker(_ text: Substring) -> Bool {
        missingMarkers.contains(text.lowercased())
    }

    static func flag(_ field: FieldBytes) -> Bool? {
        switch field.count {
        case 1:
            switch field.bytes[0] {
            case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "1"): return true
            case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "0"): return false
            default: return nil
            }
        case 2: return field.equalsLowercased("no") ? false : nil
        case 3: return field.equalsLowercased("yes") ? true : nil
        case 4: return field.equalsLowercased("true") ? true : nil
        case 5: return field.equalsLowercased("false") ? false : nil
        default: return nil
        }
    }

    static func rag(_ field: FieldBytes) -> RAG?? {
        if field.isEmpty { return .some(nil) }
        guard field.count == 1 else { return nil }
        switch field.bytes[0] | 0x20 {
        case UInt8(ascii: "r"): return .some(.red)
        case UInt8(ascii: "a"): return .some(.amber)
        case UInt8(ascii: "g"): return .some(.green)
        default: return nil
        }
    }

    static let allocationCodes = ["allocated", "not_to_be_allocated", "yet_to_be_allocated"]

    static func allocation(_ field: FieldBytes) -> Allocation? {
        if field.equalsLowercased("allocated") { return .allocated }
        if field.equalsLowercased("not_to_be_allocated") { return .notToBeAllocated }
        if field.equalsLowercased("yet_to_be_allocated") { return .yetToBeAllocated }
        // "Not to be allocated", "yet-to-be-allocated": words joined differently.
        guard field.count <= 40 else { return nil }
        let normalised = field.string.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 }
        switch String(normalised) {
        case "not_to_be_allocated": return .notToBeAllocated
        case "yet_to_be_allocated": return .yetToBeAllocated
        default: return nil
        }
    }

    static func level(_ field: FieldBytes) -> Level?? {
        if field.isEmpty { return .some(nil) }
        if field.equalsLowercased("high") { return .some(.high) }
        if field.equalsLowercased("medium") { return .some(.medium) }
        if field.equalsLowercased("low") { return .some(.low) }
        return nil
    }

    /// Why a number-like cell is not a plain whole number, or nil if it is one.
    static func wholeNumberProblem(_ text: Substring, what: String) -> String {
        if isMissingMarker(text) {
            return "'\(ShownText.quoted(text))' is a missing-value marker; leave the cell empty when the \(what) is not known"
        }
        if text.lowercased().contains("e+") || text.lowercased().contains("e-") || (text.contains("E") && text.first?.isNumber == true) {
            return "'\(ShownText.quoted(text))' is a number in scientific notation (Excel reformats long numbers); format the column as Text or Number with no decimals and export again"
        }
        if text.contains(".") || text.contains(",") {
            return "\(what) '\(ShownText.quoted(text))' must be a whole number"
        }
        return "\(what) '\(ShownText.quoted(text))' is not a whole number"
    }

    static func dateProblem(_ text: Substring) -> String {
        if isMissingMarker(text) {
            return "'\(ShownText.quoted(text))' is a missing-value marker; leave the cell empty when there is no date"
        }
        if let serial = Int(text), serial > 0, serial < 100000 {
            return "'\(ShownText.quoted(text))' looks like an Excel date serial number; format the column as a date (YYYY-MM-DD) before exporting"
        }
        return "'\(ShownText.quoted(text))' is not a date; write YYYY-MM-DD or DD/MM/YYYY (for example 2013-09-30 or 30/09/2013)"
    }
}
