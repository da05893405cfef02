import CFileSwap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

public struct SiteWriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { reason }
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Writes a whole site into a fresh folder beside the output, then swaps it into place in one
/// step, so readers and a killed build only ever see the old site or the new one. Files may be
/// written from several threads at once (creating files measured 2.5 times faster on two).
public final class SiteWriter: @unchecked Sendable {
    public let output: String
    public let staging: String
    private let fileManager = FileManager.default
    private var createdFolders: Set<String> = []
    private let folderLock = NSLock()
    private var finished = false
    private var lockDescriptor: Int32 = -1

    public static func stagingPrefix(for output: String) -> (parent: String, prefix: String) {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        let name = url.lastPathComponent
        return (url.deletingLastPathComponent().path, ".\(name).famdash-")
    }

    /// `waiting` is called when another build holds the lock and this one waits for it.
    public init(output: String, waiting: (() -> Void)? = nil) throws {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        self.output = url.path
        let (parent, prefix) = Self.stagingPrefix(for: output)
        do {
            try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw SiteWriteError(path: parent, reason: "cannot create the folder for the site: \(error.localizedDescription)")
        }
        // One build at a time publishes into a folder: a second one would take the first's
        // staging folder for a killed build's leftovers, and both would read the same manifest.
        // The lock is on the folder itself (no lock file to leave behind) and ends with the process.
        lockDescriptor = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if lockDescriptor >= 0 && flock(lockDescriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting?()
            while flock(lockDescriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
        // Leftovers of builds that were killed before they could clean up.
        for entry in (try? fileManager.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            try? fileManager.removeItem(atPath: parent + "/" + entry)
        }
        staging = parent + "/" + prefix + "new-\(getpid())"
        do {
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        } catch {
            throw SiteWriteError(path: staging, reason: "cannot create a staging folder beside the output: \(error.localizedDescription)")
        }
        createdFolders.insert(staging)
    }

    deinit {
        if !finished { abandon() }
    }

    /// Writes a file at a relative path inside the site. Paths are built by famdash from safe
    /// slugs; this check is the last line of defence against escaping the site folder.
    public func write(_ relativePath: String, _ data: Data) throws {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.hasPrefix("/"), !components.isEmpty,
              components.allSatisfy({ $0 != ".." && $0 != "." && !$0.isEmpty }) else {
            throw SiteWriteError(path: relativePath, reason: "refusing to write outside the site folder")
        }
        let folder = components.dropLast().reduce(staging) { $0 + "/" + $1 }
        try makeFolder(folder)
        let path = folder + "/" + components.last!
        // Plain POSIX writes: tens of thousands of pages at national scale.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw SiteWriteError(path: path, reason: "cannot write file: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 { throw SiteWriteError(path: path, reason: "cannot write file: \(String(cString: strerror(errno)))") }
                written += result
            }
        }
    }

    private func makeFolder(_ folder: String) throws {
        folderLock.lock()
        defer { folderLock.unlock() }
        if !createdFolders.contains(folder) {
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            createdFolders.insert(folder)
        }
    }

    /// Puts the files of `relativeFolder` of the current site into the new one unchanged, as
    /// hard links (the old site is never modified, so sharing its files is safe), or as copies
    /// where the file system has no hard links. Returns the number of files.
    public func reuse(_ relativeFolder: String) throws -> Int {
        let source = output + "/" + relativeFolder
        guard let files = FolderFiles.list(source) else {
            throw SiteWriteError(path: source, reason: "cannot read the previous site: \(String(cString: strerror(errno)))")
        }
        for file in files {
            let relativePath = relativeFolder + "/" + file
            let target = staging + "/" + relativePath
            try makeFolder((target as NSString).deletingLastPathComponent)
            if link(source + "/" + file, target) != 0 {
                guard let data = fileManager.contents(atPath: source + "/" + file) else {
                    throw SiteWriteError(path: source + "/" + file, reason: "cannot read the previous site's file")
                }
                try write(relativePath, data)
            }
        }
        return files.count
    }

    public func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, Data(text.utf8))
    }

    /// Copies a folder's files (recursively) into the site under `prefix`.
    public func copyFolder(_ source: String, to prefix: String, excluding: Set<String> = []) throws {
        guard let files = FolderFiles.list(source) else {
            throw SiteWriteError(path: source, reason: "cannot read the assets folder")
        }
        for file in files {
            let parts = file.split(separator: "/")
            if parts.contains(where: { $0.hasPrefix(".") }) || excluding.contains(String(parts[0])) { continue }
            guard let data = fileManager.contents(atPath: source + "/" + file) else {
                throw SiteWriteError(path: source + "/" + file, reason: "cannot read asset")
            }
            try write(prefix + "/" + file, data)
        }
    }

    /// Publishes the staged site: one atomic exchange with the old site, then removes the old.
    public func commit() throws {
        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: output, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw SiteWriteError(path: output, reason: "the output exists and is not a folder")
        }
        if exists {
            if famdash_exchange_paths(staging, output) != 0 {
                // No atomic exchange on this file system: move the old site aside, then the new in.
                let aside = staging.replacingOccurrences(of: "new-", with: "old-")
                guard rename(output, aside) == 0 else {
                    throw SiteWriteError(path: output, reason: "cannot move the previous site aside: \(String(cString: strerror(errno)))")
                }
                guard rename(staging, output) == 0 else {
                    _ = rename(aside, output)
                    throw SiteWriteError(path: output, reason: "cannot move the new site into place: \(String(cString: strerror(errno)))")
                }
                try? fileManager.removeItem(atPath: aside)
            } else {
                // `staging` now holds the previous site.
                try? fileManager.removeItem(atPath: staging)
            }
        } else {
            guard rename(staging, output) == 0 else {
                throw SiteWriteError(path: output, reason: "cannot move the new site into place: \(String(cString: strerror(errno)))")
            }
        }
        finished = true
        unlock()
    }

    /// Discards the staged site; the previous site is untouched.
    public func abandon() {
        try? fileManager.removeItem(atPath: staging)
        finished = true
        unlock()
    }

    private func unlock() {
        if lockDescriptor >= 0 { close(lockDescriptor) }
        lockDescriptor = -1
    }
}
