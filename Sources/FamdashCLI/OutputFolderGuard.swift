import FamdashSite
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decides, before anything is read, whether `build` (or `sample`) may publish into `--out`. Publishing
/// replaces the whole folder, so famdash only ever replaces a folder it wrote itself:
///
/// - a missing folder or an empty one is fine (the site is created there);
/// - a folder that holds a famdash site (its `.famdash-manifest.json`) is replaced as usual;
/// - any other folder that exists and is not empty is refused, as is a file;
/// - whatever it holds, `--out` may not be, be inside or hold the programme folder (`--data`)
///   or the assets folder, nor be or hold `/`, the home folder or the working folder.
///
/// Paths are compared as real paths: symbolic links and `..` resolved, so `--out link-to-data`
/// or `--out data/periods/..` is the data folder it names.
enum OutputFolderGuard {
    struct Refusal: Error, CustomStringConvertible, Equatable {
        var message: String
        var description: String { "famdash: error: " + message }
    }

    /// What marks a folder as written by the command, so that it may replace it.
    struct Mark {
        var file: String
        /// "famdash site", for the message.
        var what: String
        /// What would replace the folder: "site", "sample".
        var noun: String
        static let site = Mark(file: BuildManifest.fileName, what: "famdash site", noun: "site")
        static let sample = Mark(file: SampleFolderMark.fileName, what: "famdash sample", noun: "sample")
    }

    struct Places {
        var output: String
        /// The programme folder read (nil for `sample`, which reads none).
        var data: String?
        /// The assets folder in use, when it is a folder (nil: the copy built into famdash).
        var assets: String?
        var homes: [String]
        var workingFolder: String
        var mark = Mark.site

        static func current(output: String, data: String?, assets: String?, mark: Mark = .site) -> Places {
            var homes: [String] = []
            if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { homes.append(home) }
            if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
                homes.append(String(cString: directory))
            }
            return Places(output: output, data: data, assets: assets, homes: homes,
                          workingFolder: FileManager.default.currentDirectoryPath, mark: mark)
        }
    }

    /// Nil when `build` may publish into `places.output`; otherwise why not, in one line.
    static func refusal(_ places: Places) -> Refusal? {
        // The site writer works on the path with `..` taken away as written; where a symbolic
        // link comes before a `..`, that can be another folder than the real path: check both.
        let cwd = places.workingFolder
        let written = URL(fileURLWithPath: places.output, relativeTo: URL(fileURLWithPath: cwd)).standardizedFileURL.path
        for out in [realPath(places.output, from: cwd), realPath(written, from: cwd)] {
            if let refusal = refusal(places, out: out) { return refusal }
        }
        return nil
    }

    private static func refusal(_ places: Places, out: String) -> Refusal? {
        let cwd = places.workingFolder
        let name = places.output
        func refuse(_ why: String, _ fix: String) -> Refusal {
            Refusal(message: "--out \(name) \(why); nothing was read or written. \(fix)")
        }
        let elsewhere = places.mark.file == Mark.site.file
            ? "Publish into a new or empty folder, or the folder of an earlier famdash site, for example --out Site"
            : "Write into a new or empty folder, or the folder of an earlier famdash sample, for example --out demo"

        if out == "/" { return refuse("is the root folder /, which the \(places.mark.noun) would replace", elsewhere) }
        for home in Set(places.homes.map { realPath($0, from: cwd) }) where home != "/" {
            if out == home { return refuse("is your home folder, which the \(places.mark.noun) would replace", elsewhere) }
            if contains(out, home) { return refuse("holds your home folder \(home), which the \(places.mark.noun) would replace", elsewhere) }
        }
        let working = realPath(cwd, from: cwd)
        if out == working { return refuse("is the working folder, which the \(places.mark.noun) would replace", elsewhere) }
        if contains(out, working) { return refuse("holds the working folder \(working), which the \(places.mark.noun) would replace", elsewhere) }

        let inputs = (places.data.map { [("the programme folder --data", $0)] } ?? []) + (places.assets.map { [("the assets folder", $0)] } ?? [])
        for (kind, given) in inputs {
            let path = realPath(given, from: cwd)
            let what = "\(kind) \(given)" + (path == given ? "" : " (\(path))")
            let fix = "Publish outside it, for example beside it"
            if out == path { return refuse("is \(what), which the \(places.mark.noun) would replace", fix) }
            if contains(path, out) { return refuse("is inside \(what)", fix) }
            if contains(out, path) { return refuse("holds \(what), which the \(places.mark.noun) would replace", fix) }
        }

        var status = stat()
        guard stat(out, &status) == 0 else {
            if errno == ENOENT { return nil }  // Created by the build.
            return refuse("cannot be examined (\(String(cString: strerror(errno))))", "Check the folder and its permissions")
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            return refuse("exists and is not a folder", elsewhere)
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: out) else {
            return refuse("cannot be read (\(String(cString: strerror(errno))))", "Check the folder's permissions")
        }
        if entries.isEmpty { return nil }
        var manifest = stat()
        if lstat(out + "/" + places.mark.file, &manifest) == 0, manifest.st_mode & S_IFMT == S_IFREG { return nil }
        let count = entries.count == 1 ? "1 entry" : "\(entries.count) entries"
        return refuse("holds \(count) and no \(places.mark.what) (no \(places.mark.file)), and \(places.mark.file == Mark.site.file ? "publishing" : "writing") would replace it", elsewhere)
    }

    /// True when `inner` is strictly inside `outer` (both real paths).
    static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == "/" ? inner != "/" : inner.hasPrefix(outer + "/")
    }

    /// The absolute real path of `path`: every existing part with its symbolic links resolved,
    /// `.` and `..` applied, and the missing rest appended as written.
    static func realPath(_ path: String, from workingFolder: String) -> String {
        let absolute = path.hasPrefix("/") ? path : workingFolder + "/" + path
        var resolved = "/"
        var missing = 0  // Parts at the end of `resolved` that do not exist.
        for part in absolute.split(separator: "/") where part != "." {
            if part == ".." {
                resolved = (resolved as NSString).deletingLastPathComponent
                if resolved.isEmpty { resolved = "/" }
                missing = max(0, missing - 1)
                continue
            }
            let next = resolved == "/" ? "/" + part : resolved + "/" + part
            if missing == 0, let real = realpath(next, nil) {
                resolved = String(cString: real)
                free(real)
            } else {
                missing += 1
                resolved = next
            }
        }
        return resolved
    }
}
