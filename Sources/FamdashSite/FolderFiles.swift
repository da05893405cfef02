import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every regular file under a folder, as paths relative to it, in byte order: one walk for
/// copying the assets, hashing them for the manifest, and linking a quarter from the last site.
/// readdir's entry type saves a stat per file (thousands per quarter at national scale).
public enum FolderFiles {
    /// Nil when the folder cannot be read.
    public static func list(_ root: String) -> [String]? {
        var files: [String] = []
        guard collect(root, relative: "", into: &files) else { return nil }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func collect(_ root: String, relative: String, into files: inout [String]) -> Bool {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var status = stat()
                guard lstat(folder + "/" + name, &status) == 0 else { continue }
                type = status.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : status.st_mode & S_IFMT == S_IFREG ? UInt8(DT_REG) : 0
            }
            if type == UInt8(DT_DIR) {
                guard collect(root, relative: path, into: &files) else { return false }
            } else if type == UInt8(DT_REG) {
                files.append(path)
            }
        }
        return true
    }
}
