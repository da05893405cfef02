import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The files famdash reads must be regular files inside --data. Anything else is an error that
/// says what the path is: a named pipe never blocks, a link out of the folder is never
/// followed (so no line of its target is shown), an unreadable file is not "missing".
@Suite("input files: only regular files inside --data")
struct InputFilesTests {
    static let files = ["programme.toml", "areas.csv", "periods/2013-Q3/families.csv", "periods/2013-Q3/people.csv"]

    /// Replaces a file of the hand-worked programme with whatever `make` puts at its path.
    func fixture(replacing file: String, with make: (String) throws -> Void) throws -> ProgrammeFixture {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        try FileManager.default.removeItem(atPath: fixture.data + "/" + file)
        try make(fixture.data + "/" + file)
        return fixture
    }

    func expectError(_ fixture: ProgrammeFixture, _ file: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for command in [["validate", "--data", fixture.data], ["build", "--data", fixture.data, "--out", fixture.site]] {
            let result = try FamdashProcess.run(command, timeout: 60)
            #expect(result.status == 1, "\(file), \(command[0]): exit \(result.status) \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.errorLines.contains("\(fixture.data)/\(file): error: \(message)"), "\(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.site), sourceLocation: sourceLocation)
    }

    @Test("a named pipe in place of a file is an error at once, not a hang", arguments: files)
    func fifo(file: String) throws {
        let fixture = try fixture(replacing: file) { #expect(mkfifo($0, 0o644) == 0) }
        let started = Date()
        try expectError(fixture, file, "is a named pipe (FIFO), not a file; famdash reads only regular files and folders here (save the data as a file in its place)")
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test("a folder in place of a file", arguments: files)
    func folder(file: String) throws {
        let fixture = try fixture(replacing: file) { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) }
        try expectError(fixture, file, "is a folder, not a file; famdash reads only regular files and folders here (save the data as a file in its place)")
    }

    @Test("a socket in place of a file", arguments: files)
    func socketFile(file: String) throws {
        var descriptor: Int32 = -1
        let fixture = try fixture(replacing: file) { path in
            descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            let bytes = Array(path.utf8)
            try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
            withUnsafeMutableBytes(of: &address.sun_path) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = byte }
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            #expect(bound == 0)
        }
        defer { close(descriptor) }
        try expectError(fixture, file, "is a socket, not a file; famdash reads only regular files and folders here (save the data as a file in its place)")
    }

    @Test("a symbolic link out of --data is refused, and no line of its target is shown", arguments: files)
    func linkOutside(file: String) throws {
        let secretLine = "root:$6$S3cr3tHash$abcdefgh:19000:0:99999:7:::"
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let secret = fixture.root + "/secret.txt"
        FileManager.default.createFile(atPath: secret, contents: Data((secretLine + "\nward,locality\n").utf8))
        try FileManager.default.removeItem(atPath: fixture.data + "/" + file)
        try FileManager.default.createSymbolicLink(atPath: fixture.data + "/" + file, withDestinationPath: secret)
        try expectError(fixture, file, "is a symbolic link to \(secret), outside the programme folder; famdash reads only files inside --data (copy the file into the folder instead)")
        let result = try FamdashProcess.run(["validate", "--data", fixture.data])
        #expect(!result.stderr.contains("S3cr3t") && !result.stderr.contains("root:"))
    }

    @Test("areas.csv linked to /etc/shadow: refused, no line of the password file printed")
    func shadow() throws {
        let target = FileManager.default.fileExists(atPath: "/etc/shadow") ? "/etc/shadow" : "/etc/passwd"
        let fixture = try fixture(replacing: "areas.csv") { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: target) }
        try expectError(fixture, "areas.csv", "is a symbolic link to \(target), outside the programme folder; famdash reads only files inside --data (copy the file into the folder instead)")
        let result = try FamdashProcess.run(["validate", "--data", fixture.data])
        #expect(!result.stderr.contains("root:"), "\(result.stderr)")
    }

    @Test("periods/ linked out of --data is refused at the folder")
    func periodsOutside() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        let elsewhere = fixture.root + "/elsewhere"
        try FileManager.default.moveItem(atPath: fixture.data + "/periods", toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: fixture.data + "/periods", withDestinationPath: elsewhere)
        try expectError(fixture, "periods", "is a symbolic link to \(elsewhere), outside the programme folder; famdash reads only files inside --data (copy the file into the folder instead)")
    }

    @Test("symbolic links inside --data are read as usual, and --data itself may be a link")
    func linksInside() throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        try FileManager.default.moveItem(atPath: fixture.data + "/areas.csv", toPath: fixture.data + "/areas-2013.csv")
        try FileManager.default.createSymbolicLink(atPath: fixture.data + "/areas.csv", withDestinationPath: "areas-2013.csv")
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/current", withDestinationPath: fixture.data)
        let result = try FamdashProcess.run(["build", "--data", fixture.root + "/current", "--out", fixture.site])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(fixture.read("2013-Q3/data/wards.csv")?.hasPrefix("ward,locality") == true)
    }

    @Test("a broken symbolic link says so")
    func brokenLink() throws {
        let fixture = try fixture(replacing: "periods/2013-Q3/people.csv") { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "people-old.csv") }
        try expectError(fixture, "periods/2013-Q3/people.csv", "is a symbolic link to people-old.csv, which does not exist")
    }

    @Test("an unreadable file says permission denied, not missing", arguments: files)
    func unreadable(file: String) throws {
        let fixture = try ProgrammeFixture(ProgrammeFixture.handWorked)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: fixture.data + "/" + file)
        // Root reads any file: run famdash as nobody there.
        let launcher = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        try #require(launcher.isEmpty || FileManager.default.isExecutableFile(atPath: launcher[0]))
        // nobody needs to be able to walk to the data.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.root)
        let result = try FamdashProcess.run(["validate", "--data", fixture.data], launcher: launcher, timeout: 60)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.errorLines.contains("\(fixture.data)/\(file): error: cannot be read: permission denied (give the account running famdash read access to it and search access to its folders)"), "\(result.stderr)")
        #expect(!result.stderr.contains("missing"))
    }
}
