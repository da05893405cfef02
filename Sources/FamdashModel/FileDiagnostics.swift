/// The diagnostics of one file as a loader finds them, row by row: the first
/// `InputLimits.diagnosticsPerFile` errors and as many warnings are kept (the earliest, as rows
/// are read in order), the rest only counted. Memory stays bounded by that limit, not by the
/// number of bad rows (a 1 GB file of one bad row repeated).
public struct FileDiagnostics {
    public let file: String
    public private(set) var kept: [Diagnostic] = []
    private var counts: [Diagnostic.Severity: Int] = [:]
    private var dropped: [Diagnostic.Severity: Int] = [:]

    public init(file: String) { self.file = file }

    public var hasErrors: Bool { counts[.error, default: 0] > 0 }

    public mutating func add(_ diagnostic: Diagnostic) {
        counts[diagnostic.severity, default: 0] += max(1, diagnostic.omitted)
        if diagnostic.omitted > 0 || counts[diagnostic.severity, default: 0] > InputLimits.diagnosticsPerFile {
            dropped[diagnostic.severity, default: 0] += max(1, diagnostic.omitted)
        } else {
            kept.append(diagnostic)
        }
    }

    /// Adds the diagnostic `make` builds only while it would be kept; past the limit only the
    /// count grows, so a million bad rows cost no million messages to format.
    public mutating func add(_ severity: Diagnostic.Severity, _ make: () -> Diagnostic) {
        if counts[severity, default: 0] >= InputLimits.diagnosticsPerFile {
            counts[severity, default: 0] += 1
            dropped[severity, default: 0] += 1
        } else {
            add(make())
        }
    }

    public mutating func add(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { add(diagnostic) }
    }

    /// What was kept, then one entry per severity for the problems only counted.
    public var all: [Diagnostic] {
        kept + [Diagnostic.Severity.error, .warning].compactMap { severity in
            dropped[severity].map { Diagnostic.omitted($0, severity, file: file) }
        }
    }
}
