import Foundation
import Testing

/// The bad-input corpus: `Corpus/NAME/` holds the files that differ from `Corpus/_base/`
/// (and `delete.txt`, files to remove), and `expected.txt`: the start of the first error's
/// location, then words its message must contain. Every case must exit 1, put its first
/// error where expected, and leave an existing site exactly as it was.
@Suite("bad-input corpus")
struct CorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus").path
    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { !$0.hasPrefix("_") }.sorted()

    static func files(under folder: String) -> [String: Data] { ProgrammeFixture.snapshot(folder) }

    @Test("the corpus holds the cases of the issue")
    func size() {
        #expect(Self.cases.count >= 40)
    }

    @Test("each bad input: exit 1, the error at its place, the site untouched", arguments: cases)
    func badInput(name: String) throws {
        var files: [String: String] = [:]
        for (path, data) in Self.files(under: Self.corpus + "/_base/data") { files[path] = String(decoding: data, as: UTF8.self) }
        let fixture = try ProgrammeFixture(files)
        let build = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(build.status == 0, "the base programme must be valid: \(build.stderr)")
        let before = ProgrammeFixture.snapshot(fixture.site)

        let folder = Self.corpus + "/" + name
        for (path, data) in Self.files(under: folder + "/data") { try fixture.write(path, data) }
        if let deletions = FileManager.default.contents(atPath: folder + "/delete.txt") {
            for path in String(decoding: deletions, as: UTF8.self).split(separator: "\n") {
                try FileManager.default.removeItem(atPath: fixture.data + "/" + path)
            }
        }
        let expected = String(decoding: FileManager.default.contents(atPath: folder + "/expected.txt") ?? Data(), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(result.status == 1, "\(name): exit \(result.status)")
        let lines = result.errorLines.map { $0.replacingOccurrences(of: fixture.data + "/", with: "") }
        #expect(lines.contains { $0.hasPrefix(expected[0]) && $0.contains(expected[1]) }, "\(name): \(lines)")
        #expect(ProgrammeFixture.snapshot(fixture.site) == before, "\(name): the site changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(name): \(leftovers)")
    }
}
