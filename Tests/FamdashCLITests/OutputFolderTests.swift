import Foundation
import Testing

/// `build` replaces the whole --out folder, so it may only ever replace a folder famdash
/// wrote. Every refused case: exit 1, one line naming the folder and why, and every file
/// where it was, byte for byte, the data folder included.
@Suite("--out cannot delete a user's folder")
struct OutputFolderTests {
    /// Every file under the fixture's root (the data, the user's folder, the site).
    func everything(_ fixture: ProgrammeFixture) -> [String: Data] { ProgrammeFixture.snapshot(fixture.root) }

    func expectRefused(_ result: FamdashProcess.Result, _ out: String, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "exit \(result.status): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("famdash: error: --out \(out) \(words)"), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("nothing was read or written"), sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test("a folder of the user's own files is refused and left as it was")
    func userFolder() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let folder = fixture.root + "/u"
        try FileManager.default.createDirectory(atPath: folder + "/notes", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/thesis.docx", contents: Data("four years of work".utf8))
        FileManager.default.createFile(atPath: folder + "/notes/a.txt", contents: Data("a".utf8))
        let before = everything(fixture)
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", folder])
        expectRefused(result, folder, "holds 2 entries and no famdash site (no .famdash-manifest.json)")
        #expect(result.stderr.contains("Publish into a new or empty folder, or the folder of an earlier famdash site"))
        #expect(everything(fixture) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root).sorted() == ["data", "u"], "no staging folder")
    }

    @Test("the refusal comes before any data is read")
    func beforeReading() throws {
        let fixture = try ProgrammeFixture(["programme.toml": "this is not TOML ["])
        try FileManager.default.createDirectory(atPath: fixture.root + "/u", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: fixture.root + "/u/thesis.docx", contents: Data("work".utf8))
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.root + "/u"])
        expectRefused(result, fixture.root + "/u", "holds 1 entry")
        #expect(!result.stderr.contains("programme.toml"))
    }

    @Test("the data folder, its parent, a folder inside it and a link to it are refused", arguments: [
        ("data", "is the programme folder --data"),
        ("", "holds the programme folder --data"),
        ("data/periods", "is inside the programme folder --data"),
        ("data/periods/2013-Q3", "is inside the programme folder --data"),
        ("data/periods/..", "is the programme folder --data"),
        ("link-to-data", "is the programme folder --data"),
        ("data/Site", "is inside the programme folder --data"),
    ])
    func dataFolder(out: String, words: String) throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/link-to-data", withDestinationPath: fixture.data)
        let before = everything(fixture)
        let path = out.isEmpty ? fixture.root : fixture.root + "/" + out
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", path])
        expectRefused(result, path, words)
        #expect(result.stderr.contains("Publish outside it"))
        #expect(everything(fixture) == before)
        #expect(FileManager.default.fileExists(atPath: fixture.data + "/programme.toml"))
    }

    @Test("the data folder given as a relative path, from inside it, is refused")
    func relativeData() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let before = everything(fixture)
        let result = try FamdashProcess.run(["build", "--data", ".", "--out", "periods"], in: fixture.data)
        expectRefused(result, "periods", "is inside the programme folder --data .")
        #expect(everything(fixture) == before)
    }

    @Test("the assets folder and folders around it are refused")
    func assetsFolder() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let assets = fixture.root + "/style"
        try FileManager.default.copyItem(atPath: FamdashProcess.packageRoot + "/Assets", toPath: assets)
        let before = everything(fixture)
        for (out, words) in [(assets, "is the assets folder"), (assets + "/templates", "is inside the assets folder")] {
            let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", out, "--assets", assets])
            expectRefused(result, out, words)
        }
        let viaEnvironment = try FamdashProcess.run(["build", "--data", fixture.data, "--out", assets], environment: ["FAMDASH_ASSETS": assets])
        expectRefused(viaEnvironment, assets, "is the assets folder")
        #expect(everything(fixture) == before)
    }

    @Test("the working folder, and a folder that holds it, are refused")
    func workingFolder() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let work = fixture.root + "/work"
        try FileManager.default.createDirectory(atPath: work + "/inner", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: work + "/draft.txt", contents: Data("draft".utf8))
        // A famdash site, even: the working folder is never replaced.
        FileManager.default.createFile(atPath: work + "/.famdash-manifest.json", contents: Data("{}".utf8))
        let before = everything(fixture)
        expectRefused(try FamdashProcess.run(["build", "--data", fixture.data, "--out", "."], in: work), ".", "is the working folder")
        expectRefused(try FamdashProcess.run(["build", "--data", fixture.data, "--out", work], in: work), work, "is the working folder")
        expectRefused(try FamdashProcess.run(["build", "--data", fixture.data, "--out", ".."], in: work + "/inner"), "..", "holds the working folder")
        #expect(everything(fixture) == before)
    }

    @Test("the home folder is refused, and so is a folder that holds it")
    func homeFolder() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let home = fixture.root + "/home/someone"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: home + "/.famdash-manifest.json", contents: Data("{}".utf8))
        FileManager.default.createFile(atPath: home + "/photos.zip", contents: Data("photos".utf8))
        let before = everything(fixture)
        let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", home], environment: ["HOME": home])
        expectRefused(result, home, "is your home folder")
        let parent = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.root + "/home"], environment: ["HOME": home])
        expectRefused(parent, fixture.root + "/home", "holds your home folder")
        #expect(everything(fixture) == before)
    }

    @Test("the root folder is refused")
    func rootFolder() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let before = try FileManager.default.contentsOfDirectory(atPath: "/").sorted()
        for out in ["/", "/tmp/..", "//"] {
            expectRefused(try FamdashProcess.run(["build", "--data", fixture.data, "--out", out]), out, "is the root folder")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: "/").sorted() == before)
    }

    @Test("a file named by --out is refused")
    func file() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        FileManager.default.createFile(atPath: fixture.root + "/report.pdf", contents: Data("pdf".utf8))
        let before = everything(fixture)
        expectRefused(try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.root + "/report.pdf"]),
                      fixture.root + "/report.pdf", "exists and is not a folder")
        #expect(everything(fixture) == before)
    }

    @Test("a missing folder, an empty folder and an earlier famdash site are published as usual")
    func allowed() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let first = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site])
        #expect(first.status == 0, "\(first.stderr)")
        // The earlier site is replaced whole: a file famdash did not write there goes with it.
        FileManager.default.createFile(atPath: fixture.site + "/stale.html", contents: Data("old".utf8))
        let again = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site, "--full"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(fixture.read("index.html") != nil)
        #expect(fixture.read("stale.html") == nil)

        let empty = fixture.root + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let intoEmpty = try FamdashProcess.run(["build", "--data", fixture.data, "--out", empty])
        #expect(intoEmpty.status == 0, "\(intoEmpty.stderr)")
        #expect(FileManager.default.fileExists(atPath: empty + "/.famdash-manifest.json"))
        let nested = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.root + "/a/b/site"])
        #expect(nested.status == 0, "\(nested.stderr)")
    }
}
