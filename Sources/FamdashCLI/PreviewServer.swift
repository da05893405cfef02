import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small static file server for previewing a built site on this machine. It listens on
/// 127.0.0.1 only, serves GET and HEAD, and never serves a path outside the site folder.
/// For publishing, copy the site folder to any web host instead.
///
/// No client can stop it or hold up another: each connection is served on its own thread (at
/// most `maxConnections` at once; beyond that a client gets 503 at once), a request must
/// arrive within `requestTimeout`, a client that stops reading is dropped after
/// `sendTimeout`, files are sent in chunks (memory does not grow with the file), and a client
/// that goes away mid-download only ends its own connection (writes use MSG_NOSIGNAL and
/// SIGPIPE is ignored, so the server is never ended by it).
struct PreviewServer: Sendable {
    let root: String
    let port: UInt16
    var requestTimeout: Double = 10
    var sendTimeout: Double = 30
    var maxConnections = 256
    /// The longest request head read: a request line and headers.
    static let maxRequestBytes = 16_384

    static let types = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "csv": "text/csv; charset=utf-8", "json": "application/json",
    ]

    /// Binds the socket; returns the descriptor or throws with a readable reason.
    func bind() throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ServeError(reason: "cannot open a socket") }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 128) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw ServeError(reason: "cannot listen on 127.0.0.1:\(port) (\(reason)); try --port with another number")
        }
        return descriptor
    }

    /// Serves requests until the process is stopped.
    func serve(_ listener: Int32) -> Never {
        signal(SIGPIPE, SIG_IGN)
        let active = ConnectionCount()
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                // Out of descriptors or memory for a moment: wait for connections to end.
                if errno != EINTR && errno != ECONNABORTED { usleep(50_000) }
                continue
            }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            setTimeout(client, SO_SNDTIMEO, sendTimeout)
            guard active.enter(limit: maxConnections) else {
                setTimeout(client, SO_SNDTIMEO, 1)
                send(client, status: "503 Service Unavailable", type: "text/plain; charset=utf-8", body: "Too many connections; try again\n", head: false)
                close(client)
                continue
            }
            let server = self
            Thread.detachNewThread {
                server.handle(client)
                close(client)
                active.leave()
            }
        }
    }

    func setTimeout(_ descriptor: Int32, _ option: Int32, _ seconds: Double) {
        var value = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1_000_000))
        setsockopt(descriptor, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Reads the request head (up to the blank line), within `requestTimeout` in all.
    func readRequest(_ client: Int32) -> String? {
        let deadline = Date().addingTimeInterval(requestTimeout)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < Self.maxRequestBytes {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return nil }
            setTimeout(client, SO_RCVTIMEO, max(0.001, left))
            let count = recv(client, &buffer, buffer.count, 0)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            bytes += buffer[0..<count]
            if bytes.suffix(from: max(0, bytes.count - count - 2)).containsTerminator { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func handle(_ client: Int32) {
        guard let request = readRequest(client) else { return }
        let parts = request.split(separator: "\r\n", maxSplits: 1).first?.split(separator: " ") ?? []
        guard parts.count >= 2 else {
            send(client, status: "400 Bad Request", type: "text/plain; charset=utf-8", body: "Bad request\n", head: false)
            return
        }
        guard parts[0] == "GET" || parts[0] == "HEAD" else {
            send(client, status: "405 Method Not Allowed", type: "text/plain", body: "GET only\n", head: false)
            return
        }
        let head = parts[0] == "HEAD"
        guard let path = resolve(String(parts[1])) else {
            send(client, status: "404 Not Found", type: "text/plain; charset=utf-8", body: "Not found\n", head: head)
            return
        }
        let type = Self.types[(path as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
        let file = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        var status = stat()
        guard file >= 0 else {
            send(client, status: "404 Not Found", type: "text/plain; charset=utf-8", body: "Not found\n", head: head)
            return
        }
        defer { close(file) }
        guard fstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            send(client, status: "404 Not Found", type: "text/plain; charset=utf-8", body: "Not found\n", head: head)
            return
        }
        let size = Int(status.st_size)
        guard write(client, Array(header(status: "200 OK", type: type, length: size).utf8)), !head else { return }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var sent = 0
        while sent < size {
            let count = read(file, &chunk, min(chunk.count, size - sent))
            if count < 0 && errno == EINTR { continue }
            guard count > 0, write(client, Array(chunk[0..<count])) else { return }
            sent += count
        }
    }

    /// The file a request path names, or nil if it does not exist or would leave the site.
    func resolve(_ target: String) -> String? {
        let pathPart = String(target.split(separator: "?", maxSplits: 1).first ?? "")
        guard let decoded = pathPart.removingPercentEncoding, decoded.hasPrefix("/") else { return nil }
        let components = decoded.split(separator: "/")
        guard !components.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return nil }
        var path = root + "/" + components.joined(separator: "/")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            path += "/index.html"
        }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let rootResolved = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        guard resolved.hasPrefix(rootResolved + "/"), FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory),
              !isDirectory.boolValue else { return nil }
        return resolved
    }

    func header(status: String, type: String, length: Int) -> String {
        "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(length)\r\nConnection: close\r\nCache-Control: no-cache\r\n\r\n"
    }

    func send(_ client: Int32, status: String, type: String, body: String, head: Bool) {
        let body = Array(body.utf8)
        _ = write(client, Array(header(status: status, type: type, length: body.count).utf8) + (head ? [] : body))
    }

    /// Sends all of `bytes`; false when the client has gone or stopped reading (then the
    /// connection is given up; nothing else is affected).
    func write(_ client: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return false }
            sent += written
        }
        return true
    }
}

/// How many connections are being served, shared by the accepting loop and the handlers.
final class ConnectionCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func enter(limit: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard count < limit else { return false }
        count += 1
        return true
    }

    func leave() {
        lock.lock()
        count -= 1
        lock.unlock()
    }
}

private extension ArraySlice where Element == UInt8 {
    /// True when the bytes hold the end of a request head: a blank line, "\r\n\r\n" (or "\n\n").
    var containsTerminator: Bool {
        let bytes = Array(self)
        for index in bytes.indices where bytes[index] == 10 {
            if index + 1 < bytes.count && bytes[index + 1] == 10 { return true }
            if index + 2 < bytes.count && bytes[index + 1] == 13 && bytes[index + 2] == 10 { return true }
        }
        return false
    }
}

struct ServeError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
