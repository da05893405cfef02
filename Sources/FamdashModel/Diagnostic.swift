/// One problem found in the input, located as precisely as the input allows.
///
/// Rendered as `FILE:LINE:COLUMN: error: MESSAGE` (the form compilers use, so editors and CI
/// logs link straight to the cell). `line` is nil for problems with a whole file or folder.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public static func error(_ file: String, _ line: Int? = nil, _ column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, column: column, message)
    }

    public static func warning(_ file: String, _ line: Int? = nil, _ column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, column: column, message)
    }

    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

/// Collects diagnostics in reading order and reports them sorted by file (in the order files
/// were read) and position, capped so a thoroughly broken export does not flood the terminal.
public struct DiagnosticLog: Sendable {
    public private(set) var entries: [(fileRank: Int, diagnostic: Diagnostic)] = []
    private var fileRanks: [String: Int] = [:]

    public init() {}

    public var hasErrors: Bool { entries.contains { $0.diagnostic.severity == .error } }
    public var errorCount: Int { entries.filter { $0.diagnostic.severity == .error }.count }

    public mutating func add(_ diagnostic: Diagnostic) {
        let rank: Int
        if let known = fileRanks[diagnostic.file] {
            rank = known
        } else {
            rank = fileRanks.count
            fileRanks[diagnostic.file] = rank
        }
        entries.append((rank, diagnostic))
    }

    public mutating func add(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { add(diagnostic) }
    }

    /// Registers a file's place in the reading order before anything is reported about it.
    public mutating func noteFile(_ file: String) {
        if fileRanks[file] == nil { fileRanks[file] = fileRanks.count }
    }

    public var sorted: [Diagnostic] {
        entries.enumerated().sorted { lhs, rhs in
            let l = lhs.element, r = rhs.element
            let lRank = fileRanks[l.diagnostic.file] ?? l.fileRank
            let rRank = fileRanks[r.diagnostic.file] ?? r.fileRank
            if lRank != rRank { return lRank < rRank }
            let lLine = l.diagnostic.line ?? 0, rLine = r.diagnostic.line ?? 0
            if lLine != rLine { return lLine < rLine }
            let lColumn = l.diagnostic.column ?? 0, rColumn = r.diagnostic.column ?? 0
            if lColumn != rColumn { return lColumn < rColumn }
            return lhs.offset < rhs.offset
        }.map { $0.element.diagnostic }
    }

    /// The lines to print: every warning and error in order, errors capped at `limit`.
    public func report(limit: Int = 100) -> [String] {
        var lines: [String] = []
        var shownErrors = 0
        var hiddenErrors = 0
        for diagnostic in sorted {
            if diagnostic.severity == .error {
                if shownErrors >= limit { hiddenErrors += 1; continue }
                shownErrors += 1
            }
            lines.append(diagnostic.description)
        }
        if hiddenErrors > 0 {
            lines.append("famdash: error: and \(hiddenErrors) more error\(hiddenErrors == 1 ? "" : "s") not shown (fix the ones above and run again)")
        }
        return lines
    }
}
