import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A programme folder on disk: settings and areas read up front, periods read one at a time
/// (so memory holds one quarter, not twenty). The only file-system code of the model.
public struct ProgrammeFolder: Sendable {
    public struct PeriodEntry: Sendable {
        public var name: PeriodName
        public var folder: String
    }

    public let root: String
    public let settings: Settings
    public let areas: Areas
    public let periods: [PeriodEntry]
    /// Digest of programme.toml and areas.csv (`ContentHash`): when it changes, every page may.
    public let sourceDigest: String

    /// Reads and checks the folder's structure, `programme.toml` and `areas.csv`.
    /// Returns nil when anything is wrong; `log` then holds every problem found.
    public static func open(_ root: String, log: inout DiagnosticLog,
                            tomlTrial: ((String) -> SettingsLoader.TrialParse)? = nil) -> ProgrammeFolder? {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.add(.error(root, nil, nil, "programme folder not found; pass --data DIR with programme.toml, areas.csv and periods/"))
            return nil
        }
        let tomlPath = join(root, "programme.toml")
        let areasPath = join(root, "areas.csv")
        let periodsPath = join(root, "periods")
        log.noteFile(tomlPath)
        log.noteFile(areasPath)
        log.noteFile(periodsPath)

        var settings: Settings?
        var digests: [String] = []
        if let bytes = readBytes(tomlPath) {
            digests.append(ContentHash.digest(bytes))
            if let text = String(validating: bytes, as: UTF8.self) {
                let result = SettingsLoader.load(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: tomlPath, trial: tomlTrial)
                log.add(contentsOf: result.diagnostics)
                settings = result.settings
            } else {
                log.add(.error(tomlPath, 1, 1, "is not valid UTF-8; save it as UTF-8 text"))
            }
        } else {
            log.add(.error(tomlPath, nil, nil, "file is missing; every programme folder needs programme.toml (name, measures, disclosure)"))
        }

        var areas: Areas?
        if let bytes = readBytes(areasPath) {
            digests.append(ContentHash.digest(bytes))
            let result = AreasLoader.load(bytes, file: areasPath)
            log.add(contentsOf: result.diagnostics)
            areas = result.areas
        } else {
            log.add(.error(areasPath, nil, nil, "file is missing; list every ward and its locality as ward,locality"))
        }

        var periods: [PeriodEntry] = []
        if fileManager.fileExists(atPath: periodsPath, isDirectory: &isDirectory), isDirectory.boolValue {
            let names = ((try? fileManager.contentsOfDirectory(atPath: periodsPath)) ?? []).sorted()
            for name in names where !name.hasPrefix(".") {
                let folder = join(periodsPath, name)
                guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                    log.add(.warning(folder, nil, nil, "not a folder; ignored (periods/ holds one folder per quarter)"))
                    continue
                }
                guard let period = PeriodName(name) else {
                    log.add(.error(folder, nil, nil, "period folder '\(name)' is not named YYYY-Qn (calendar quarter, for example 2013-Q3)"))
                    continue
                }
                var missing: [String] = []
                for file in ["families.csv", "people.csv"] where !fileManager.fileExists(atPath: join(folder, file)) {
                    missing.append(file)
                }
                if !missing.isEmpty {
                    for file in missing {
                        log.add(.error(join(folder, file), nil, nil, "file is missing; each period folder needs families.csv and people.csv"))
                    }
                    continue
                }
                periods.append(PeriodEntry(name: period, folder: folder))
            }
            if periods.isEmpty && !log.hasErrors {
                log.add(.error(periodsPath, nil, nil, "no period folders; add one folder per quarter named YYYY-Qn with families.csv and people.csv"))
            }
        } else {
            log.add(.error(periodsPath, nil, nil, "folder is missing; add periods/YYYY-Qn/ folders with families.csv and people.csv"))
        }

        guard let settings, let areas, !log.hasErrors else { return nil }
        return ProgrammeFolder(root: root, settings: settings, areas: areas, periods: periods,
                               sourceDigest: ContentHash.combine(digests))
    }

    /// Reads and checks one period.
    public func loadPeriod(_ entry: PeriodEntry) -> (period: Period?, diagnostics: [Diagnostic]) {
        let familiesPath = Self.join(entry.folder, "families.csv")
        let peoplePath = Self.join(entry.folder, "people.csv")
        guard let families = Self.readBytes(familiesPath), let people = Self.readBytes(peoplePath) else {
            return (nil, [.error(entry.folder, nil, nil, "cannot read families.csv or people.csv")])
        }
        var (period, diagnostics) = PeriodLoader.load(.init(families: families, familiesPath: familiesPath, people: people, peoplePath: peoplePath),
                                                      name: entry.name, settings: settings, areas: areas)
        period?.sourceDigest = ContentHash.combine([entry.name.description, ContentHash.digest(families), ContentHash.digest(people)])
        return (period, diagnostics)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Reads a whole file straight into an array (no intermediate Data copy).
    static func readBytes(_ path: String) -> [UInt8]? {
        let descriptor = Glibc.open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = read(descriptor, buffer.baseAddress! + done, size - done)
                if got <= 0 { failed = got < 0; break }
                done += got
            }
            count = done
        }
        return failed ? nil : bytes
    }
}
