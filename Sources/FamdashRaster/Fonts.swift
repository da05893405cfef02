import Foundation

/// TrueType fonts for PNG charts, found by path at run time (Debian's fonts-dejavu-core, or
/// fonts-liberation), so a missing font is a clear error rather than a blank chart.
public struct Fonts: Sendable {
    public var regular: String
    public var bold: String

    public struct Missing: Error, CustomStringConvertible {
        public var searched: [String]
        public var description: String {
            "no TrueType font for PNG charts; install fonts-dejavu-core (apt-get install fonts-dejavu-core) or set FAMDASH_FONT to a .ttf file (searched \(searched.joined(separator: ", ")))"
        }
    }

    static let candidates: [(String, String)] = [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
        ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
    ]

    /// A font named by FAMDASH_FONT or FAMDASH_FONT_BOLD that cannot be used, and why.
    public struct Unusable: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// FAMDASH_FONT (and FAMDASH_FONT_BOLD, default the same) when set, else the first
    /// installed candidate. A font that is asked for and cannot be read is an error, not a
    /// silent fall-back to another.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Fonts {
        let fileManager = FileManager.default
        if let path = environment["FAMDASH_FONT"], !path.isEmpty {
            try checkReadable(path, variable: "FAMDASH_FONT")
            let bold = environment["FAMDASH_FONT_BOLD"].flatMap { $0.isEmpty ? nil : $0 } ?? path
            if bold != path { try checkReadable(bold, variable: "FAMDASH_FONT_BOLD") }
            return Fonts(regular: path, bold: bold)
        }
        for (regular, bold) in candidates where fileManager.fileExists(atPath: regular) {
            return Fonts(regular: regular, bold: fileManager.fileExists(atPath: bold) ? bold : regular)
        }
        throw Missing(searched: candidates.map(\.0))
    }

    static func checkReadable(_ path: String, variable: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw Unusable(path: path, reason: "the font \(variable) names cannot be used (\(String(cString: strerror(errno)).lowercased())); set \(variable) to a .ttf file, or unset it")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw Unusable(path: path, reason: "the font \(variable) names is not a file; set \(variable) to a .ttf file, or unset it")
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Unusable(path: path, reason: "the font \(variable) names cannot be read (\(String(cString: strerror(errno)).lowercased()))")
        }
        close(descriptor)
    }
}
