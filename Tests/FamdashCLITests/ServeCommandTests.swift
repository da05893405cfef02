import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("famdash serve")
struct ServeCommandTests {
    /// A connected socket to 127.0.0.1:port whose reads give up after `timeout` seconds.
    static func connectTo(_ port: Int, timeout: Int = 10) -> Int32? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    static func send(_ descriptor: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// A plain HTTP/1.1 GET over a socket, sending the path exactly as given (no normalising).
    static func get(_ port: Int, _ path: String) -> (status: Int, body: String)? {
        guard let descriptor = connectTo(port) else { return nil }
        defer { close(descriptor) }
        send(descriptor, "GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n")
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        let text = String(decoding: response, as: UTF8.self)
        let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
        let body = text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        return (status, body)
    }

    /// A free port on 127.0.0.1 (the kernel's choice), so suites can run side by side.
    static func freePort() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                _ = bind(descriptor, pointer, length)
                return getsockname(descriptor, pointer, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A built hand-worked site with a `big.bin` of `bigSize` bytes, served by famdash.
    final class Served {
        let fixture: ProgrammeFixture
        let process = Process()
        let port = ServeCommandTests.freePort()
        static let bigSize = 4 * 1024 * 1024

        init(options: [String] = []) throws {
            fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
            try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
            FileManager.default.createFile(atPath: fixture.root + "/secret.txt", contents: Data("secret".utf8))
            FileManager.default.createFile(atPath: fixture.site + "/big.bin", contents: Data(repeating: 0x5A, count: Self.bigSize))
            process.executableURL = FamdashProcess.executable
            process.arguments = ["serve", "--site", fixture.site, "--port", String(port)] + options
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            var ready = false
            for _ in 0..<100 where !ready {
                usleep(100_000)
                ready = ServeCommandTests.get(port, "/index.html") != nil
            }
            #expect(ready)
        }

        deinit {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    @Test("serves the built site on localhost, with 404 for missing files and paths outside the site")
    func serve() throws {
        let served = try Served()
        let port = served.port
        let page = try #require(Self.get(port, "/"))
        #expect(page.status == 200)
        #expect(page.body.contains("quarterly overview"))
        let csv = try #require(Self.get(port, "/2013-Q3/data/wards.csv"))
        #expect(csv.status == 200 && csv.body.hasPrefix("ward,locality"))
        #expect(Self.get(port, "/nope.html")?.status == 404)
        #expect(Self.get(port, "/../secret.txt")?.status == 404)
        #expect(Self.get(port, "/%2e%2e/secret.txt")?.status == 404)
        #expect(Self.get(port, "/2013-Q3/../../secret.txt")?.status == 404)
        #expect(Self.get(port, "/.famdash-manifest.json")?.status == 404)
        #expect(Self.get(port, "/big.bin")?.body.utf8.count == Served.bigSize)
    }

    @Test("an idle client, or one that sends half a request, does not hold up another")
    func idleClient() throws {
        let served = try Served()
        let idle = try #require(Self.connectTo(served.port))
        defer { close(idle) }
        let half = try #require(Self.connectTo(served.port))
        defer { close(half) }
        Self.send(half, "GET /index.html HT")
        let started = Date()
        let page = try #require(Self.get(served.port, "/"))
        #expect(page.status == 200)
        #expect(Date().timeIntervalSince(started) < 3, "the second client waited \(Date().timeIntervalSince(started)) s")
    }

    @Test("a connection that sends no request is closed after the request timeout")
    func requestTimeout() throws {
        let served = try Served(options: ["--request-timeout", "1"])
        let idle = try #require(Self.connectTo(served.port, timeout: 10))
        defer { close(idle) }
        let started = Date()
        var byte: UInt8 = 0
        let count = read(idle, &byte, 1)
        #expect(count == 0, "the server closed the connection")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(Self.get(served.port, "/")?.status == 200)
    }

    @Test("clients that abort a 4 MB download, or never read it, leave the server serving")
    func abortedDownloads() throws {
        let served = try Served()
        for _ in 0..<5 {
            let client = try #require(Self.connectTo(served.port))
            Self.send(client, "GET /big.bin HTTP/1.1\r\nHost: localhost\r\n\r\n")
            var buffer = [UInt8](repeating: 0, count: 1024)
            #expect(read(client, &buffer, buffer.count) > 0)
            // Close at once, with a reset: the server's next write fails (EPIPE or ECONNRESET).
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(client, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
            close(client)
        }
        let stalled = try #require(Self.connectTo(served.port))
        defer { close(stalled) }
        Self.send(stalled, "GET /big.bin HTTP/1.1\r\nHost: localhost\r\n\r\n")
        usleep(300_000)
        #expect(served.process.isRunning)
        let page = try #require(Self.get(served.port, "/"))
        #expect(page.status == 200 && page.body.contains("quarterly overview"))
        #expect(Self.get(served.port, "/big.bin")?.body.utf8.count == Served.bigSize)
        #expect(served.process.isRunning)
    }

    @Test("many idle connections at once do not stop other clients")
    func manyIdle() throws {
        let served = try Served()
        let idle = (0..<100).compactMap { _ in Self.connectTo(served.port) }
        defer { idle.forEach { close($0) } }
        #expect(idle.count == 100)
        #expect(Self.get(served.port, "/")?.status == 200)
        #expect(Self.get(served.port, "/2013-Q3/data/wards.csv")?.status == 200)
    }

    @Test("a request that is not GET or HEAD, or not HTTP at all, is answered and the server goes on")
    func badRequests() throws {
        let served = try Served()
        for (request, status) in [("POST / HTTP/1.1\r\n\r\n", "405"), ("\r\n\r\n", "400"), ("GET\r\n\r\n", "400")] {
            let client = try #require(Self.connectTo(served.port))
            Self.send(client, request)
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = read(client, &buffer, buffer.count)
            let reply = String(decoding: buffer[0..<max(0, count)], as: UTF8.self)
            #expect(reply.hasPrefix("HTTP/1.1 \(status)"), "\(reply)")
            close(client)
        }
        // A head longer than famdash reads: the connection is ended, and only that one.
        let long = try #require(Self.connectTo(served.port))
        Self.send(long, "GET /" + String(repeating: "A", count: 40_000))
        close(long)
        #expect(Self.get(served.port, "/")?.status == 200)
    }
}
