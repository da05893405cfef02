import CGD
import CZlib
import FamdashModel
import FamdashRaster
import FamdashSite
import Foundation

/// The digest of everything besides the quarters' own files that a page or chart depends on:
/// programme.toml and areas.csv, the assets (template, CSS), the fonts, famdash itself and the
/// libraries that draw and compress, and the generated-on date printed on every page.
enum BuildInputs {
    static func digest(folder: ProgrammeFolder, assets: SiteAssets, fonts: Fonts, generatedOn: String) -> String {
        ContentHash.combine([
            FamdashVersion.current, executableDigest, folder.sourceDigest, assets.digest,
            fileDigest(fonts.regular), fileDigest(fonts.bold), String(cString: zlibVersion()),
            gdVersionString().map { String(cString: $0) } ?? "", generatedOn,
        ])
    }

    /// A rebuilt famdash may draw differently under the same version number.
    static let executableDigest: String = {
        let path = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : (Bundle.main.executablePath ?? "")
        return fileDigest(path)
    }()

    static func fileDigest(_ path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "unreadable:" + path }
        return data.withUnsafeBytes { ContentHash.digest($0) }
    }
}
