/// Where each key of a TOML document sits, so that a value that parses but is wrong (a negative
/// `min_count`) can still be reported at its line and column. Not a parser: TOMLKit parses;
/// this only remembers the positions of simple `key = value` lines under each table header.
struct TOMLLineIndex {
    struct Place: Hashable {
        var table: String
        var element: Int
        var key: String
    }

    private var places: [Place: (line: Int, column: Int)] = [:]
    private var headers: [String: [Int]] = [:]

    init(_ text: String) {
        var table = ""
        var arrayCounts: [String: Int] = [:]
        var element = 0
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let trimmed = rawLine.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("[[") {
                let name = trimmed.dropFirst(2).prefix { $0 != "]" }.trimmingCharacters()
                table = name
                element = arrayCounts[name, default: 0]
                arrayCounts[name] = element + 1
                headers[name, default: []].append(line)
            } else if trimmed.hasPrefix("[") {
                let name = trimmed.dropFirst().prefix { $0 != "]" }.trimmingCharacters()
                table = name
                element = 0
                headers[name, default: []].append(line)
            } else if let equals = trimmed.firstIndex(of: "="), !trimmed.hasPrefix("#") {
                let key = trimmed[..<equals].trimmingCharacters().replacingOccurrences(of: "\"", with: "")
                let valueStart = trimmed[trimmed.index(after: equals)...].firstIndex { $0 != " " && $0 != "\t" } ?? equals
                let column = rawLine.distance(from: rawLine.startIndex, to: valueStart) + 1
                places[Place(table: table, element: element, key: key)] = (line, column)
            }
        }
    }

    func position(table: String = "", element: Int = 0, key: String) -> (line: Int, column: Int)? {
        places[Place(table: table, element: element, key: key)]
    }

    func headerLine(_ table: String, element: Int = 0) -> Int? {
        guard let lines = headers[table], element < lines.count else { return nil }
        return lines[element]
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" || first == "\r" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
