import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small static file server for previewing a built site on this machine. It listens on
/// 127.0.0.1 only, serves GET and HEAD, and never serves a path outside the site folder.
/// For publishing, copy the site folder to any web host instead.
struct PreviewServer {
    let root: String
    let port: UInt16

    static let types = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "csv": "text/csv; charset=utf-8", "json": "application/json",
    ]

    /// Binds the socket; returns the descriptor or throws with a readable reason.
    func bind() throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ServeError(reason: "cannot open a socket") }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw ServeError(reason: "cannot listen on 127.0.0.1:\(port) (\(String(cString: strerror(errno)))); try --port with another number")
        }
        return descriptor
    }

    /// Serves requests until the process is stopped (or `limit` requests, for tests).
    func serve(_ listener: Int32, limit: Int? = nil) {
        var served = 0
        while limit == nil || served < limit! {
            let client = accept(listener, nil, nil)
            if client < 0 { continue }
            handle(client)
            close(client)
            served += 1
        }
    }

    func handle(_ client: Int32) {
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = read(client, &buffer, buffer.count)
        guard count > 0 else { return }
        let request = String(decoding: buffer[0..<count], as: UTF8.self)
        let parts = request.split(separator: "\r\n").first?.split(separator: " ") ?? []
        guard parts.count >= 2, parts[0] == "GET" || parts[0] == "HEAD" else {
            respond(client, status: "405 Method Not Allowed", type: "text/plain", body: Data("GET only\n".utf8), head: false)
            return
        }
        let head = parts[0] == "HEAD"
        guard let path = resolve(String(parts[1])) else {
            respond(client, status: "404 Not Found", type: "text/plain; charset=utf-8", body: Data("Not found\n".utf8), head: head)
            return
        }
        let type = Self.types[(path as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
        respond(client, status: "200 OK", type: type, body: FileManager.default.contents(atPath: path) ?? Data(), head: head)
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

    func respond(_ client: Int32, status: String, type: String, body: Data, head: Bool) {
        let header = "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nConnection: close\r\nCache-Control: no-cache\r\n\r\n"
        var bytes = Array(header.utf8)
        if !head { bytes += body }
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            sent += written
        }
    }
}

struct ServeError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
