import Foundation

/// Finds the `Assets/` folder whose CSS and templates are copied into every site: the
/// FAMDASH_ASSETS variable, then `Assets/` in the working folder, then beside or above the
/// executable (a checkout running `.build/release/famdash`).
enum AssetLocator {
    static func find() -> String? {
        let fileManager = FileManager.default
        func valid(_ path: String) -> Bool { fileManager.fileExists(atPath: path + "/famdash.css") }
        if let variable = ProcessInfo.processInfo.environment["FAMDASH_ASSETS"], valid(variable) { return variable }
        let working = fileManager.currentDirectoryPath + "/Assets"
        if valid(working) { return working }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [folder.appendingPathComponent("Assets").path, folder.appendingPathComponent("share/famdash/Assets").path] where valid(candidate) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
