import Foundation
import Testing
@testable import FamdashSite

@Suite("atomic site writing")
struct SiteWriterTests {
    let root: String = {
        let path = NSTemporaryDirectory() + "famdash-writer-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func entries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
    }

    @Test("a commit replaces the whole previous site and leaves no staging folder")
    func commitReplaces() throws {
        let out = root + "/Site"
        let first = try SiteWriter(output: out)
        try first.write("a/old.txt", "old")
        try first.commit()
        #expect(read(out + "/a/old.txt") == "old")

        let second = try SiteWriter(output: out)
        try second.write("a/new.txt", "new")
        try second.commit()
        #expect(read(out + "/a/new.txt") == "new")
        #expect(read(out + "/a/old.txt") == nil, "stale files must not survive a rebuild")
        #expect(entries() == ["Site"])
    }

    @Test("abandoning leaves the previous site exactly as it was")
    func abandonKeepsOld() throws {
        let out = root + "/Site"
        let first = try SiteWriter(output: out)
        try first.write("index.html", "v1")
        try first.commit()
        let second = try SiteWriter(output: out)
        try second.write("index.html", "v2")
        second.abandon()
        #expect(read(out + "/index.html") == "v1")
        #expect(entries() == ["Site"])
    }

    @Test("leftovers of a killed build are removed by the next one")
    func staleStaging() throws {
        let out = root + "/Site"
        try FileManager.default.createDirectory(atPath: root + "/.Site.famdash-new-999999", withIntermediateDirectories: true)
        let writer = try SiteWriter(output: out)
        try writer.write("x.txt", "x")
        try writer.commit()
        #expect(entries() == ["Site"])
    }

    @Test("paths that would leave the site folder are refused", arguments: ["../x", "/etc/passwd", "a/../../x", "", "a//b"])
    func escapes(path: String) throws {
        let writer = try SiteWriter(output: root + "/Site")
        #expect(throws: SiteWriteError.self) { try writer.write(path, "x") }
        writer.abandon()
    }
}

@Suite("reusing the previous site's files")
struct SiteWriterReuseTests {
    @Test("a reused folder is linked into the new site, and the old site is never modified")
    func reuse() throws {
        let root = NSTemporaryDirectory() + "famdash-reuse-\(UUID().uuidString)"
        let out = root + "/Site"
        let first = try SiteWriter(output: out)
        try first.write("2013-Q1/index.html", "q1")
        try first.write("2013-Q1/charts/a.svg", "<svg/>")
        try first.write("2013-Q2/index.html", "old q2")
        try first.commit()

        let second = try SiteWriter(output: out)
        #expect(try second.reuse("2013-Q1") == 2)
        try second.write("2013-Q2/index.html", "new q2")
        let staged = try FileManager.default.attributesOfItem(atPath: second.staging + "/2013-Q1/charts/a.svg")
        #expect((staged[.referenceCount] as? Int) == 2, "a hard link, not a copy")
        #expect(FileManager.default.contents(atPath: out + "/2013-Q2/index.html") == Data("old q2".utf8))
        try second.commit()
        #expect(FileManager.default.contents(atPath: out + "/2013-Q1/charts/a.svg") == Data("<svg/>".utf8))
        #expect(FileManager.default.contents(atPath: out + "/2013-Q2/index.html") == Data("new q2".utf8))
    }
}
