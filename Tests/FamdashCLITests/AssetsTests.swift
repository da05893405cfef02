import Foundation
import Testing
@testable import FamdashCLI
import FamdashSite

/// The binary carries its default assets (generated from Assets/ by scripts/embed-assets), so
/// a famdash copied anywhere builds a complete site; --assets and FAMDASH_ASSETS override.
/// Everything that needs no data is checked before any data is read.
@Suite("assets built into famdash")
struct AssetsTests {
    static let assets = FamdashProcess.packageRoot + "/Assets"

    @Test("the built-in assets are exactly Assets/ (run scripts/embed-assets after changing Assets/)")
    func noDrift() throws {
        let paths = try #require(FolderFiles.list(Self.assets))
        #expect(EmbeddedAssets.files.map(\.path) == paths, "run scripts/embed-assets")
        for (path, bytes) in EmbeddedAssets.files {
            let onDisk = try #require(FileManager.default.contents(atPath: Self.assets + "/" + path))
            #expect(bytes == [UInt8](onDisk), "\(path) differs from Assets/\(path): run scripts/embed-assets")
        }
        let folder = try SiteAssets.load(folder: Self.assets)
        #expect(folder.digest == (try SiteAssets.builtIn).digest)
        #expect(folder.published.map(\.path) == ["famdash.css", "sort-tables.js"])
    }

    @Test("famdash copied out of the checkout and run from another folder builds the same site as with --assets Assets")
    func copiedBinary() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let bin = fixture.root + "/bin"
        let elsewhere = fixture.root + "/elsewhere"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FamdashProcess.executable.path, toPath: bin + "/famdash")
        let copy = URL(fileURLWithPath: bin + "/famdash")
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]

        let copied = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.root + "/copied"],
                                            environment: environment, in: elsewhere, unsetting: ["FAMDASH_ASSETS"], executable: copy)
        #expect(copied.status == 0, "\(copied.stderr)")
        let reference = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.root + "/reference", "--assets", Self.assets],
                                               environment: environment, unsetting: ["FAMDASH_ASSETS"], executable: copy)
        #expect(reference.status == 0, "\(reference.stderr)")
        let site = ProgrammeFixture.snapshot(fixture.root + "/copied")
        #expect(site["assets/famdash.css"] == FileManager.default.contents(atPath: Self.assets + "/famdash.css"))
        #expect(site["assets/sort-tables.js"] != nil)
        #expect(site.keys.contains("2013-Q3/index.html") && site.keys.contains("2013-Q3/charts/age-bands.png"), "\(site.keys.sorted().prefix(10))")
        #expect(site == ProgrammeFixture.snapshot(fixture.root + "/reference"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    @Test("--assets and FAMDASH_ASSETS override the built-in assets")
    func override() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let style = fixture.root + "/style"
        try FileManager.default.copyItem(atPath: Self.assets, toPath: style)
        try Data("body { color: purple; }\n".utf8).write(to: URL(fileURLWithPath: style + "/famdash.css"))
        let template = try String(contentsOfFile: style + "/templates/page.mustache", encoding: .utf8)
        try template.replacingOccurrences(of: "<body>", with: "<body class=\"council\">").write(toFile: style + "/templates/page.mustache", atomically: true, encoding: .utf8)
        for (options, environment) in [(["--assets", style], [String: String]()), ([], ["FAMDASH_ASSETS": style])] {
            let result = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site, "--full"] + options,
                                                environment: environment, unsetting: environment.isEmpty ? ["FAMDASH_ASSETS"] : [])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(fixture.read("assets/famdash.css") == "body { color: purple; }\n")
            #expect(fixture.read("index.html")?.contains("<body class=\"council\">") == true)
        }
    }

    /// A build whose data is broken too: a problem with the assets or fonts must come first, alone.
    func brokenDataFixture() throws -> ProgrammeFixture {
        var files = ProgrammeFixture.handWorked
        files["areas.csv"] = "not,the,right\nheader\n"
        return try ProgrammeFixture(files)
    }

    func expectAlone(_ result: FamdashProcess.Result, _ line: String, _ fixture: ProgrammeFixture, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.errorLines == [line], "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("areas.csv"), sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: fixture.site), sourceLocation: sourceLocation)
    }

    @Test("a missing or broken page template is reported against its own path, before any data is read")
    func template() throws {
        let fixture = try brokenDataFixture()
        let style = fixture.root + "/style"
        try FileManager.default.copyItem(atPath: Self.assets, toPath: style)
        try Data("<html>{{#sections}}<p>\n".utf8).write(to: URL(fileURLWithPath: style + "/templates/page.mustache"))
        let broken = try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site, "--assets", style])
        #expect(broken.errorLines.first?.hasPrefix("\(style)/templates/page.mustache: error: the page template cannot be read as Mustache: ") == true, "\(broken.stderr)")
        expectAlone(broken, broken.errorLines.first ?? "", fixture)

        try FileManager.default.removeItem(atPath: style + "/templates/page.mustache")
        expectAlone(try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site, "--assets", style]),
                    "\(style)/templates/page.mustache: error: the page template is missing; every assets folder needs templates/page.mustache", fixture)
        expectAlone(try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site], environment: ["FAMDASH_ASSETS": fixture.root + "/nowhere"]),
                    "\(fixture.root)/nowhere: error: the assets folder (--assets or FAMDASH_ASSETS) does not exist; give a copy of famdash's Assets/ folder, or leave both unset to use the assets built into famdash", fixture)
    }

    @Test("a font that is asked for and cannot be used is reported against its own path, before any data is read")
    func font() throws {
        let fixture = try brokenDataFixture()
        expectAlone(try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site], environment: ["FAMDASH_FONT": "/nonexistent/Font.ttf"]),
                    "/nonexistent/Font.ttf: error: the font FAMDASH_FONT names cannot be used (no such file or directory); set FAMDASH_FONT to a .ttf file, or unset it", fixture)
        expectAlone(try FamdashProcess.run(["build", "--data", fixture.data, "--out", fixture.site], environment: ["FAMDASH_FONT": "/tmp"]),
                    "/tmp: error: the font FAMDASH_FONT names is not a file; set FAMDASH_FONT to a .ttf file, or unset it", fixture)
    }
}
