import Foundation
import Testing

/// `sample --out` follows build's rule: it replaces only a folder famdash sample wrote.
@Suite("sample --out cannot delete a user's folder")
struct SampleOutputTests {
    static let small = ["--families", "40", "--wards", "3", "--localities", "2"]

    @Test("a folder of the user's own files is refused and left as it was")
    func userFolder() throws {
        let fixture = try ProgrammeFixture([:])
        let folder = fixture.root + "/u"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/thesis.docx", contents: Data("four years of work".utf8))
        let result = try FamdashProcess.run(["sample", "--out", folder] + Self.small)
        #expect(result.status == 1)
        #expect(result.stderr == "famdash: error: --out \(folder) holds 1 entry and no famdash sample (no .famdash-sample), and writing would replace it; nothing was read or written. Write into a new or empty folder, or the folder of an earlier famdash sample, for example --out demo\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["thesis.docx"])
        #expect(FileManager.default.contents(atPath: folder + "/thesis.docx") == Data("four years of work".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root).sorted() == ["u"], "no staging folder")
    }

    @Test("the working folder is refused")
    func workingFolder() throws {
        let fixture = try ProgrammeFixture([:])
        try FileManager.default.createDirectory(atPath: fixture.root + "/w", withIntermediateDirectories: true)
        let result = try FamdashProcess.run(["sample", "--out", "."] + Self.small, in: fixture.root + "/w")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("famdash: error: --out . is the working folder, which the sample would replace"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root + "/w").isEmpty)
    }

    @Test("an earlier sample is replaced whole: no period of a longer earlier sample is left")
    func replacesEarlierSample() throws {
        let fixture = try ProgrammeFixture([:])
        let folder = fixture.root + "/demo"
        let first = try FamdashProcess.run(["sample", "--out", folder, "--periods", "3"] + Self.small)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/periods").sorted() == ["2012-Q3", "2012-Q4", "2013-Q1"])
        #expect(FileManager.default.fileExists(atPath: folder + "/.famdash-sample"))
        let second = try FamdashProcess.run(["sample", "--out", folder, "--periods", "1"] + Self.small)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/periods") == ["2012-Q3"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root).sorted() == ["demo"], "no staging folder")
        let build = try FamdashProcess.run(["validate", "--data", folder])
        #expect(build.status == 0, "the marked sample is a valid programme folder: \(build.stderr)")
    }
}
