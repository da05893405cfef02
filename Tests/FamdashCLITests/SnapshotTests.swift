import Foundation
import Testing

/// Every text file famdash writes for a small fixed programme, compared with the copy recorded
/// in `Snapshots/site`, so that any change in published output shows up in review as a diff.
///
/// To accept a change: `FAMDASH_RECORD_SNAPSHOTS=1 swift test --filter Snapshot`, read the
/// diff, commit it. Recording always fails the run (as swift-argument-parser's and
/// swift-snapshot-testing's record modes do), so a test run can never pass by re-recording.
/// PNG and zip files are left out: their bytes follow the installed libgd and zlib, not famdash;
/// so is the build manifest, whose keys digest the famdash executable itself.
@Suite("snapshots of a small programme's site")
struct SnapshotTests {
    static let folder = FamdashProcess.packageRoot + "/Tests/FamdashCLITests/Snapshots"

    @Test("pages, SVG charts, CSVs and JSON match the recorded snapshots")
    func siteMatchesSnapshots() throws {
        let site = NSTemporaryDirectory() + "famdash-snapshot-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: site) }
        let result = try FamdashProcess.run(
            ["build", "--data", Self.folder + "/programme", "--out", site],
            environment: ["SOURCE_DATE_EPOCH": "1700000000", "TZ": "UTC", "LC_ALL": "C"])
        #expect(result.status == 0, "\(result.stderr)")
        let built = try Self.textFiles(in: site)
        let recordedFolder = Self.folder + "/site"
        let recording = ProcessInfo.processInfo.environment["FAMDASH_RECORD_SNAPSHOTS"] == "1"
        if recording || !FileManager.default.fileExists(atPath: recordedFolder) {
            try? FileManager.default.removeItem(atPath: recordedFolder)
            for (path, text) in built {
                let target = recordedFolder + "/" + path
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try text.write(toFile: target, atomically: true, encoding: .utf8)
            }
            Issue.record("recorded \(built.count) snapshots in \(recordedFolder); review the diff and run again without FAMDASH_RECORD_SNAPSHOTS")
            return
        }
        let recorded = try Self.textFiles(in: recordedFolder)
        let missing = Set(recorded.keys).subtracting(built.keys).sorted()
        let added = Set(built.keys).subtracting(recorded.keys).sorted()
        #expect(missing.isEmpty, "files no longer written: \(missing.joined(separator: ", "))")
        #expect(added.isEmpty, "new files (record them): \(added.joined(separator: ", "))")
        for path in built.keys.sorted() {
            guard let expected = recorded[path], let actual = built[path], expected != actual else { continue }
            Issue.record("\(path) differs from its snapshot at line \(Self.firstDifference(expected, actual))")
        }
    }

    /// Files whose bytes follow libgd and zlib rather than famdash.
    static let binaryExtensions: Set<String> = ["png", "zip"]

    /// Relative path -> contents of every text file under `root`.
    static func textFiles(in root: String) throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder), !isFolder.boolValue,
                  !Self.binaryExtensions.contains((path as NSString).pathExtension), path != ".famdash-manifest.json" else { continue }
            files[path] = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        }
        return files
    }

    /// "12: expected ... / built ...", the first line where two texts part.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "(end)"
            let b = index < right.count ? String(right[index]) : "(end)"
            if a != b { return "\(index + 1): expected \(a.prefix(160)) / built \(b.prefix(160))" }
        }
        return "(none)"
    }
}
