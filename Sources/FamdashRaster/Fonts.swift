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

    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Fonts {
        let fileManager = FileManager.default
        if let path = environment["FAMDASH_FONT"], fileManager.fileExists(atPath: path) {
            let bold = environment["FAMDASH_FONT_BOLD"].flatMap { fileManager.fileExists(atPath: $0) ? $0 : nil } ?? path
            return Fonts(regular: path, bold: bold)
        }
        for (regular, bold) in candidates where fileManager.fileExists(atPath: regular) {
            return Fonts(regular: regular, bold: fileManager.fileExists(atPath: bold) ? bold : regular)
        }
        throw Missing(searched: candidates.map(\.0))
    }
}
