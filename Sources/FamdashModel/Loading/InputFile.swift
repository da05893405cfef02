#if canImport(Glibc)
import Glibc
#endif

/// Opens the programme folder's files and folders the only safe way: a path must lead to a
/// regular file (or folder) whose real path is inside the programme folder. A named pipe,
/// device or socket is refused before it is opened (and opened without blocking, in case it
/// was swapped in since), so a FIFO named families.csv cannot hang a build; a symbolic link
/// out of the folder is refused without reading a byte of its target, so no line of, say,
/// /etc/shadow can appear in a message.
enum InputFile {
    enum Kind { case file, folder }

    enum Problem: Error, Equatable, Sendable {
        case missing
        /// What the path is instead ("a named pipe (FIFO)", "a folder", ...).
        case wrongKind(String)
        /// The real path it resolves to, outside the programme folder.
        case outside(String)
        /// A symbolic link whose target does not exist.
        case brokenLink(String)
        /// Why it cannot be read ("permission denied").
        case unreadable(String)
        /// Its size in bytes, above the most famdash reads for such a file (the second value).
        case tooLarge(Int, Int)
    }

    /// What is wrong with reading `path` as a `kind` inside the programme folder whose real path
    /// is `root`, or nil. Does not open the path.
    static func problem(_ path: String, kind: Kind, root: String) -> Problem? {
        var link = stat()
        guard lstat(path, &link) == 0 else { return failure(errno) }
        guard let real = realPath(path) else {
            if link.st_mode & S_IFMT == S_IFLNK, errno == ENOENT { return .brokenLink(linkTarget(path)) }
            return failure(errno)
        }
        guard real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else { return .outside(real) }
        var status = stat()
        guard stat(path, &status) == 0 else { return failure(errno) }
        let wanted = kind == .file ? S_IFREG : S_IFDIR
        guard status.st_mode & S_IFMT == wanted else { return .wrongKind(describe(status.st_mode)) }
        return nil
    }

    /// The bytes of the regular file at `path`, inside the programme folder `root` (a real path).
    /// - Parameter maximumSize: the largest file read; a larger one is refused before any of it
    ///   is read into memory.
    static func read(_ path: String, root: String, maximumSize: Int = CSVDocument.maximumFileSize - 1) -> Result<[UInt8], Problem> {
        if let problem = problem(path, kind: .file, root: root) { return .failure(problem) }
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            return .failure(errno == ENXIO ? .wrongKind("a socket") : failure(errno))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(failure(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.wrongKind(describe(status.st_mode))) }
        // The file opened must be the one checked: a link swapped in between is caught here.
        if let real = realPath(path), !(real == root || real.hasPrefix(root == "/" ? "/" : root + "/")) { return .failure(.outside(real)) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        let size = Int(status.st_size)
        guard size <= maximumSize else { return .failure(.tooLarge(size, maximumSize)) }
        var failed: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + done, size - done)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { failed = got < 0 ? errno : 0; break }
                done += got
            }
            count = done
        }
        return failed != 0 ? .failure(failure(failed)) : .success(bytes)
    }

    /// The names in a folder (without `.` and `..`), or why it cannot be listed.
    static func list(_ folder: String) -> Result<[String], Problem> {
        guard let directory = opendir(folder) else { return .failure(failure(errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }

    /// The message for a problem, after the path: "is a named pipe (FIFO), not a file; ...".
    static func message(_ problem: Problem, kind: Kind) -> String {
        let noun = kind == .file ? "a file" : "a folder"
        switch problem {
        case .missing:
            return kind == .file ? "file is missing" : "folder is missing"
        case .wrongKind(let what):
            return "is \(what), not \(noun); famdash reads only regular files and folders here (save the data as \(noun) in its place)"
        case .outside(let real):
            return "is a symbolic link to \(real), outside the programme folder; famdash reads only files inside --data (copy the file into the folder instead)"
        case .brokenLink(let target):
            return "is a symbolic link to \(target), which does not exist"
        case .unreadable(let reason):
            return "cannot be read: \(reason)"
        case .tooLarge(let size, let limit):
            return "is \(size) bytes, more than the \(limit) famdash reads for this file; is it the right file?"
        }
    }

    static func failure(_ code: Int32) -> Problem {
        switch code {
        case ENOENT: return .missing
        case ENOTDIR: return .wrongKind("inside something that is not a folder")
        case EACCES, EPERM:
            return .unreadable("permission denied (give the account running famdash read access to it and search access to its folders)")
        case ELOOP: return .unreadable("too many levels of symbolic links")
        default: return .unreadable(String(cString: strerror(code)).lowercased())
        }
    }

    static func describe(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFDIR: return "a folder"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFREG: return "a file"
        default: return "not a regular file"
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func linkTarget(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        return count > 0 ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
    }
}
