#if canImport(Glibc)
import Glibc
#endif

/// A programme folder on disk: settings and areas read up front, periods read one at a time
/// (so memory holds one quarter, not twenty). The only file-system code of the model: every
/// file and folder is opened through `InputFile`, so only regular files inside the folder are
/// ever read.
public struct ProgrammeFolder: Sendable {
    public struct PeriodEntry: Sendable {
        public var name: PeriodName
        public var folder: String
    }

    /// What a trial parse of programme.toml, away from this process, found (see the CLI's TOMLGuard).
    public enum TOMLTrial: Sendable {
        case parses
        /// The parser stopped the process it ran in: the text must not be parsed here.
        case crashes
        /// The trial could not run (the reason): the text must not be parsed here either.
        case unavailable(String)
    }

    public let root: String
    /// The real path of `root`: every file read must resolve inside it.
    let realRoot: String
    public let settings: Settings
    public let areas: Areas
    /// The wards' shapes from `boundaries.geojson`, when the folder has one (the ward map).
    public let boundaries: WardBoundaries?
    public let periods: [PeriodEntry]
    /// Digest of programme.toml and areas.csv (`ContentHash`): when it changes, every page may.
    public let sourceDigest: String

    /// Reads and checks the folder's structure, `programme.toml` and `areas.csv`.
    /// Returns nil when anything is wrong; `log` then holds every problem found.
    /// - Parameter tomlTrial: parses programme.toml where it cannot take this process down;
    ///   nil parses in-process (tests).
    public static func open(_ root: String, log: inout DiagnosticLog,
                            tomlTrial: ((String) -> TOMLTrial)? = nil) -> ProgrammeFolder? {
        let usage = "pass --data DIR with programme.toml, areas.csv and periods/"
        let realRoot = InputFile.realPath(root)
        switch realRoot.map({ InputFile.problem(root, kind: .folder, root: $0) }) ?? InputFile.failure(errno) {
        case nil: break
        case .missing?, .brokenLink?:
            log.add(.error(root, nil, nil, "programme folder not found; \(usage)"))
            return nil
        case .wrongKind(let what)?:
            log.add(.error(root, nil, nil, "the programme folder is \(what), not a folder; \(usage)"))
            return nil
        case let problem?:
            log.add(.error(root, nil, nil, "the programme folder \(InputFile.message(problem, kind: .folder))"))
            return nil
        }
        guard let realRoot else { return nil }
        let tomlPath = join(root, "programme.toml")
        let areasPath = join(root, "areas.csv")
        let periodsPath = join(root, "periods")
        log.noteFile(tomlPath)
        log.noteFile(areasPath)
        log.noteFile(periodsPath)

        func report(_ path: String, _ problem: InputFile.Problem, kind: InputFile.Kind = .file, missing: String) {
            log.add(.error(path, nil, nil, problem == .missing ? missing : InputFile.message(problem, kind: kind)))
        }

        var settings: Settings?
        var digests: [String] = []
        // Settings are a few kilobytes: a larger file is not parsed (nor piped to the trial).
        switch InputFile.read(tomlPath, root: realRoot, maximumSize: InputLimits.settingsSize) {
        case .success(let bytes):
            digests.append(ContentHash.digest(bytes))
            if let text = String(validating: bytes, as: UTF8.self) {
                settings = loadSettings(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: tomlPath, tomlTrial: tomlTrial, log: &log)
            } else {
                log.add(.error(tomlPath, 1, 1, "is not valid UTF-8; save it as UTF-8 text"))
            }
        case .failure(let problem):
            report(tomlPath, problem, missing: "file is missing; every programme folder needs programme.toml (name, measures, disclosure)")
        }

        var areas: Areas?
        switch InputFile.read(areasPath, root: realRoot) {
        case .success(let bytes):
            digests.append(ContentHash.digest(bytes))
            let result = AreasLoader.load(bytes, file: areasPath)
            log.add(contentsOf: result.diagnostics)
            areas = result.areas
        case .failure(let problem):
            report(areasPath, problem, missing: "file is missing; list every ward and its locality as ward,locality")
        }

        var periods: [PeriodEntry] = []
        if let problem = InputFile.problem(periodsPath, kind: .folder, root: realRoot) {
            report(periodsPath, problem, kind: .folder, missing: "folder is missing; add periods/YYYY-Qn/ folders with families.csv and people.csv")
        } else {
            switch InputFile.list(periodsPath) {
            case .failure(let problem):
                report(periodsPath, problem, kind: .folder, missing: "folder is missing")
            case .success(let names):
                for name in names.sorted() where !name.hasPrefix(".") {
                    let folder = join(periodsPath, name)
                    switch InputFile.problem(folder, kind: .folder, root: realRoot) {
                    case .wrongKind?:
                        log.add(.warning(folder, nil, nil, "not a folder; ignored (periods/ holds one folder per quarter)"))
                        continue
                    case let problem?:
                        report(folder, problem, kind: .folder, missing: "folder is missing")
                        continue
                    case nil: break
                    }
                    guard let period = PeriodName(name) else {
                        let year = Int(name.prefix(4)).map { InputLimits.periodYears.contains($0) } == false && name.count == 7
                            ? "; years run from \(InputLimits.periodYears.lowerBound) to \(InputLimits.periodYears.upperBound)" : ""
                        log.add(.error(folder, nil, nil, "period folder '\(ShownText.quoted(name))' is not named YYYY-Qn (calendar quarter, for example 2013-Q3)\(year)"))
                        continue
                    }
                    var complete = true
                    for file in ["families.csv", "people.csv"] {
                        if let problem = InputFile.problem(join(folder, file), kind: .file, root: realRoot) {
                            report(join(folder, file), problem, missing: "file is missing; each period folder needs families.csv and people.csv")
                            complete = false
                        }
                    }
                    if complete { periods.append(PeriodEntry(name: period, folder: folder)) }
                }
                if periods.isEmpty && !log.hasErrors {
                    log.add(.error(periodsPath, nil, nil, "no period folders; add one folder per quarter named YYYY-Qn with families.csv and people.csv"))
                }
            }
        }

        // Optional: with it, every quarter draws the ward map.
        var boundaries: WardBoundaries?
        let boundariesPath = join(root, "boundaries.geojson")
        if let areas, InputFile.problem(boundariesPath, kind: .file, root: realRoot) != .missing {
            log.noteFile(boundariesPath)
            switch InputFile.read(boundariesPath, root: realRoot) {
            case .success(let bytes):
                digests.append(ContentHash.digest(bytes))
                let result = BoundariesLoader.load(bytes, file: boundariesPath, areas: areas)
                log.add(contentsOf: result.diagnostics)
                boundaries = result.boundaries
            case .failure(let problem):
                report(boundariesPath, problem, missing: "file is missing")
            }
        }

        guard let settings, let areas, !log.hasErrors else { return nil }
        return ProgrammeFolder(root: root, realRoot: realRoot, settings: settings, areas: areas, boundaries: boundaries, periods: periods,
                               sourceDigest: ContentHash.combine(digests))
    }

    /// programme.toml's text, checked first by `tomlTrial` where one is given: when the trial
    /// says the parser would stop this process, or cannot run at all, the text is not parsed here.
    static func loadSettings(_ text: String, file: String, tomlTrial: ((String) -> TOMLTrial)?, log: inout DiagnosticLog) -> Settings? {
        var trial: ((String) -> SettingsLoader.TrialParse)?
        switch tomlTrial?(text) {
        case nil: trial = nil
        case .parses?: trial = { _ in .parses }
        case .crashes?: trial = { _ in .crashes }
        case .unavailable(let reason)?:
            log.add(.error(file, nil, nil, "was not read: famdash first reads programme.toml in a separate process (its TOML parser can stop the process on some malformed files), and that could not run: \(reason)"))
            return nil
        }
        let result = SettingsLoader.load(text, file: file, trial: trial)
        log.add(contentsOf: result.diagnostics)
        return result.settings
    }

    /// Reads and checks one period.
    public func loadPeriod(_ entry: PeriodEntry) -> (period: Period?, diagnostics: [Diagnostic]) {
        let familiesPath = Self.join(entry.folder, "families.csv")
        let peoplePath = Self.join(entry.folder, "people.csv")
        var diagnostics: [Diagnostic] = []
        func read(_ path: String) -> [UInt8]? {
            switch InputFile.read(path, root: realRoot) {
            case .success(let bytes): return bytes
            case .failure(let problem):
                diagnostics.append(.error(path, nil, nil, InputFile.message(problem, kind: .file)))
                return nil
            }
        }
        let families = read(familiesPath), people = read(peoplePath)
        guard let families, let people else { return (nil, diagnostics) }
        var (period, loaded) = PeriodLoader.load(.init(families: families, familiesPath: familiesPath, people: people, peoplePath: peoplePath),
                                                 name: entry.name, settings: settings, areas: areas)
        period?.sourceDigest = ContentHash.combine([entry.name.description, ContentHash.digest(families), ContentHash.digest(people)])
        return (period, loaded)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
