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
    /// Above 0: this entry is not a problem of its own but stands for that many further problems
    /// of `file` that were counted and not kept (see `FileDiagnostics`), so a file of a million
    /// bad rows costs a count, not a million messages in memory.
    public var omitted = 0

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public static func omitted(_ count: Int, _ severity: Severity, file: String) -> Diagnostic {
        var entry = Diagnostic(severity, file: file, "")
        entry.omitted = count
        return entry
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
    public var errorCount: Int {
        entries.reduce(0) { $0 + ($1.diagnostic.severity == .error ? max(1, $1.diagnostic.omitted) : 0) }
    }

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

    /// The lines to print: warnings and errors in order, each capped at `limit`, then how many
    /// of each were not shown.
    public func report(limit: Int = 100) -> [String] {
        var lines: [String] = []
        var shown: [Diagnostic.Severity: Int] = [:]
        var hidden: [Diagnostic.Severity: Int] = [:]
        for diagnostic in sorted {
            if diagnostic.omitted > 0 {
                hidden[diagnostic.severity, default: 0] += diagnostic.omitted
                continue
            }
            if shown[diagnostic.severity, default: 0] >= limit {
                hidden[diagnostic.severity, default: 0] += 1
                continue
            }
            shown[diagnostic.severity, default: 0] += 1
            lines.append(diagnostic.description)
        }
        if let count = hidden[.warning], count > 0 {
            lines.append("famdash: warning: and \(count) more warning\(count == 1 ? "" : "s") not shown")
        }
        if let count = hidden[.error], count > 0 {
            lines.append("famdash: error: and \(count) more error\(count == 1 ? "" : "s") not shown (fix the ones above and run again)")
        }
        return lines
    }
}
