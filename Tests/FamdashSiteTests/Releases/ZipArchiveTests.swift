import Foundation
import Testing
@testable import FamdashSite

@Suite("zip archive")
struct ZipArchiveTests {
    let entries = [
        ZipArchive.Entry(path: "data/wards.csv", bytes: Array(String(repeating: "ward,locality,people\nAbbey,North,12\n", count: 40).utf8)),
        ZipArchive.Entry(path: "data/empty.csv", bytes: []),
        ZipArchive.Entry(path: "summary.json", bytes: Array("{\"period\": \"2013-Q3\"}\n".utf8)),
        ZipArchive.Entry(path: "data/Ŵard ñame.csv", bytes: Array("é\n".utf8)),
    ]

    @Test("Python's zipfile reads back every entry, in order, byte for byte, with its CRC checked")
    func readBack() throws {
        let path = NSTemporaryDirectory() + "famdash-zip-\(UUID().uuidString).zip"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(ZipArchive.archive(entries)).write(to: URL(fileURLWithPath: path))
        let script = """
        import sys, zipfile
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        for info in z.infolist():
            print(info.filename, info.compress_type, info.date_time, z.read(info).hex())
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 4)
        for (line, entry) in zip(lines, entries) {
            let hex = entry.bytes.map { String(format: "%02x", $0) }.joined()
            // Deflated (8) when that is smaller, stored (0) otherwise; every time 1980-01-01 00:00.
            let method = entry.bytes.count > 100 ? 8 : 0
            #expect(line == "\(entry.path) \(method) (1980, 1, 1, 0, 0, 0) \(hex)")
        }
    }

    @Test("one small file gives exactly the bytes APPNOTE 6.3 lays out, with fixed times")
    func bytesWorkedByHand() throws {
        // "a" holding "hi\n": stored (deflate is larger), CRC-32 0xED6F7A7A (zlib.crc32(b"hi\n")),
        // 1980-01-01 00:00 = DOS time 0, date 0x0021; UTF-8 names (bit 11); version 2.0.
        let fields: [UInt8] = [0x14, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00,
                               0x7A, 0x7A, 0x6F, 0xED, 0x03, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00]
        let local: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + fields + Array("a".utf8) + Array("hi\n".utf8)
        let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02, 0x14, 0x00] + fields + Array(repeating: 0, count: 14) + Array("a".utf8)
        // End record: one entry; the directory is 47 bytes long and starts at byte 34.
        let end: [UInt8] = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0x01, 0x00, 0x01, 0x00, 0x2F, 0, 0, 0, 0x22, 0, 0, 0, 0, 0]
        #expect(try ZipArchive.archive([.init(path: "a", bytes: Array("hi\n".utf8))]) == local + central + end)
        #expect(try ZipArchive.archive([]) == [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18), "an empty archive is the end record alone")
    }
}
