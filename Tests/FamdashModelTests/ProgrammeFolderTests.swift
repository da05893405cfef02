import Foundation
import Testing
@testable import FamdashModel

@Suite("programme folder")
struct ProgrammeFolderTests {
    func folder() throws -> String {
        let root = NSTemporaryDirectory() + "famdash-folder-\(UUID().uuidString)"
        let files = [
            "programme.toml": "name = \"T\"\n[[measures]]\nkey = \"crime\"\nlabel = \"Crime\"\n[disclosure]\nmin_count = 0\n",
            "areas.csv": "ward,locality\nAbbey,North\n",
            "periods/2013-Q3/families.csv": "family_id,ward,crime,crime_rag,allocation\nF1,Abbey,Y,R,allocated\n",
            "periods/2013-Q3/people.csv": "family_id,age\nF1,30\n",
        ]
        for (path, text) in files {
            try FileManager.default.createDirectory(atPath: ((root + "/" + path) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
        }
        return root
    }

    @Test("a TOML trial that cannot run means programme.toml is not parsed: an error, never a parse in-process")
    func trialUnavailable() throws {
        let root = try folder()
        var log = DiagnosticLog()
        var asked = 0
        let opened = ProgrammeFolder.open(root, log: &log) { _ in
            asked += 1
            return .unavailable("cannot start famdash check-toml (no such file)")
        }
        #expect(opened == nil)
        #expect(asked == 1)
        #expect(log.report().first == "\(root)/programme.toml: error: was not read: famdash first reads programme.toml in a separate process (its TOML parser can stop the process on some malformed files), and that could not run: cannot start famdash check-toml (no such file)")
    }

    @Test("a trial that parses, one that stops the parser, and none")
    func trials() throws {
        let root = try folder()
        var log = DiagnosticLog()
        #expect(ProgrammeFolder.open(root, log: &log) { _ in .parses } != nil)
        #expect(ProgrammeFolder.open(root, log: &log) != nil)
        #expect(!log.hasErrors)
        #expect(ProgrammeFolder.open(root, log: &log) { _ in .crashes } == nil)
        #expect(log.report().first?.contains("programme.toml:1:1: error: TOML syntax") == true)
    }

    @Test("what a path is, in words")
    func problems() throws {
        let root = try folder()
        let real = try #require(InputFile.realPath(root))
        #expect(InputFile.problem(root + "/areas.csv", kind: .file, root: real) == nil)
        #expect(InputFile.problem(root + "/nothing.csv", kind: .file, root: real) == .missing)
        #expect(InputFile.problem(root + "/periods", kind: .file, root: real) == .wrongKind("a folder"))
        #expect(InputFile.problem(root + "/areas.csv/x", kind: .file, root: real) == .wrongKind("inside something that is not a folder"))
        #expect(InputFile.problem("/etc/hostname", kind: .file, root: real) == .outside("/etc/hostname"))
        #expect(mkfifo(root + "/pipe", 0o644) == 0)
        #expect(InputFile.problem(root + "/pipe", kind: .file, root: real) == .wrongKind("a named pipe (FIFO)"))
        #expect(InputFile.read(root + "/pipe", root: real) == .failure(.wrongKind("a named pipe (FIFO)")))
        #expect(InputFile.failure(EACCES) == .unreadable("permission denied (give the account running famdash read access to it and search access to its folders)"))
        #expect(try InputFile.read(root + "/areas.csv", root: real).get() == Array("ward,locality\nAbbey,North\n".utf8))
        #expect(InputFile.message(.wrongKind("a named pipe (FIFO)"), kind: .file).hasPrefix("is a named pipe (FIFO), not a file"))
    }
}
