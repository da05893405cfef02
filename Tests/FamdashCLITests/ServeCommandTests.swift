import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("famdash serve")
struct ServeCommandTests {
    /// A plain HTTP/1.1 GET over a socket, sending the path exactly as given (no normalising).
    func get(_ port: Int, _ path: String) -> (status: Int, body: String)? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
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

    @Test("serves the built site on localhost, with 404 for missing files and paths outside the site")
    func serve() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        FileManager.default.createFile(atPath: fixture.root + "/secret.txt", contents: Data("secret".utf8))
        let port = 18000 + Int(getpid() % 1000)
        let process = Process()
        process.executableURL = FamdashProcess.executable
        process.arguments = ["serve", "--site", fixture.site, "--port", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        var ready = false
        for _ in 0..<50 where !ready {
            usleep(100_000)
            ready = get(port, "/index.html") != nil
        }
        #expect(ready)
        let page = try #require(get(port, "/"))
        #expect(page.status == 200)
        #expect(page.body.contains("quarterly overview"))
        let csv = try #require(get(port, "/2013-Q3/data/wards.csv"))
        #expect(csv.status == 200 && csv.body.hasPrefix("ward,locality"))
        #expect(get(port, "/nope.html")?.status == 404)
        #expect(get(port, "/../secret.txt")?.status == 404)
        #expect(get(port, "/%2e%2e/secret.txt")?.status == 404)
        #expect(get(port, "/2013-Q3/../../secret.txt")?.status == 404)
    }
}
