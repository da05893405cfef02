/// Turns cell text into values, and explains a refusal in words a data analyst can act on.
enum ValueParsers {
    /// What spreadsheets and databases write for "no value".
    static let missingMarkers: Set<String> = ["na", "n/a", "null", "none", "-", "--", "#n/a", "nan", "nil", "?"]

    static func isMissingMarker(_ text: Substring) -> Bool {
        missingMarkers.contains(text.lowercased())
    }

    static func flag(_ text: Substring) -> Bool? {
        switch text.lowercased() {
        case "y", "yes", "1", "true": true
        case "n", "no", "0", "false": false
        default: nil
        }
    }

    static func rag(_ text: Substring) -> RAG?? {
        switch text.lowercased() {
        case "": .some(nil)
        case "r": .some(.red)
        case "a": .some(.amber)
        case "g": .some(.green)
        default: nil
        }
    }

    static let allocationCodes = ["allocated", "not_to_be_allocated", "yet_to_be_allocated"]

    static func allocation(_ text: Substring) -> Allocation? {
        let normalised = text.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        switch normalised {
        case "allocated": return .allocated
        case "not_to_be_allocated": return .notToBeAllocated
        case "yet_to_be_allocated": return .yetToBeAllocated
        default: return nil
        }
    }

    static func level(_ text: Substring) -> Level?? {
        switch text.lowercased() {
        case "": .some(nil)
        case "high": .some(.high)
        case "medium": .some(.medium)
        case "low": .some(.low)
        default: nil
        }
    }

    /// Why a number-like cell is not a plain whole number, or nil if it is one.
    static func wholeNumberProblem(_ text: Substring, what: String) -> String? {
        if isMissingMarker(text) {
            return "'\(text)' is a missing-value marker; leave the cell empty when the \(what) is not known"
        }
        if text.lowercased().contains("e+") || text.lowercased().contains("e-") || (text.contains("E") && text.first?.isNumber == true) {
            return "'\(text)' is a number in scientific notation (Excel reformats long numbers); format the column as Text or Number with no decimals and export again"
        }
        if text.contains(".") || text.contains(",") {
            return "\(what) '\(text)' must be a whole number"
        }
        return "\(what) '\(text)' is not a whole number"
    }

    static func dateProblem(_ text: Substring) -> String {
        if isMissingMarker(text) {
            return "'\(text)' is a missing-value marker; leave the cell empty when there is no date"
        }
        if let serial = Int(text), serial > 0, serial < 100000 {
            return "'\(text)' looks like an Excel date serial number; format the column as a date (YYYY-MM-DD) before exporting"
        }
        return "'\(text)' is not a date; write YYYY-MM-DD or DD/MM/YYYY (for example 2013-09-30 or 30/09/2013)"
    }
}
