import Foundation

/// A programme folder written to a temporary directory from a dictionary of file contents.
struct ProgrammeFixture {
    let root: String
    var data: String { root + "/data" }
    var site: String { root + "/Site" }

    static let toml = """
    name = "Test Families"
    authority = "Testshire"

    [[measures]]
    key = "crime"
    label = "Crime"

    [[measures]]
    key = "school"
    label = "School"

    [disclosure]
    min_count = 0

    """

    static let areas = "ward,locality\nAbbey,North\nSinfin,South\nDarley,North\n"

    /// The hand-worked period (see FamdashTestSupport.HandWorked), exported the way Excel
    /// does: byte-order mark, CRLF, quoted fields, columns in another order, both date forms.
    static let families = "\u{FEFF}family_id,ward,crime,crime_rag,school,school_rag,allocation,lead_agency,claimed_on\r\n"
        + "F1,Abbey,Y,R,N,,allocated,FIP,2013-08-01\r\n"
        + "F2,\"Abbey\",yes,a,Y,G,allocated,Police,\r\n"
        + "F3,Sinfin,N,,Y,,not_to_be_allocated,,\r\n"
        + "F4,,Y,G,N,,allocated,,\r\n"
        + "F5,sinfin ,Y,,Y,R,yet_to_be_allocated,,\r\n"
        + "F6,Sinfin,N,,1,A,allocated,EWS,01/08/2013\r\n"
        + "F7,Darley,0,,Y,g,allocated,Police,\r\n"

    static let people = "age,family_id\n5,F1\n15,F1\n40,F1\n12,F2\n14,F2\n,F3\n16,F4\n91,F4\n1,F6\n2,F6\n3,F6\n10,F6\n30,F7\n"

    static var handWorked: [String: String] {
        ["programme.toml": toml, "areas.csv": areas, "periods/2013-Q3/families.csv": families, "periods/2013-Q3/people.csv": people]
    }

    init(_ files: [String: String]) throws {
        root = NSTemporaryDirectory() + "famdash-e2e-\(UUID().uuidString)"
        for (path, text) in files {
            try write(path, Data(text.utf8))
        }
    }

    func write(_ path: String, _ contents: Data) throws {
        let full = self.data + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: full, contents: contents)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: site + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file under a folder, relative path -> bytes.
    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
        while let entry = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + entry, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[entry] = FileManager.default.contents(atPath: folder + "/" + entry)
            }
        }
        return files
    }
}
