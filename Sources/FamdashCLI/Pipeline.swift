import FamdashCharts
import FamdashDisclosure
import FamdashFigures
import FamdashModel
import FamdashRaster
import FamdashSite
import Foundation

/// load and validate -> figures -> disclosure control -> charts and pages -> atomic write.
public struct Pipeline {
    public struct Outcome {
        public var log: DiagnosticLog
        public var periodsBuilt: Int
        public var filesWritten: Int
        /// Quarters whose inputs were unchanged since the last build, taken from it as they were.
        public var periodsReused: Int = 0
    }

    public var dataFolder: String
    public var outputFolder: String?
    public var assetsFolder: String?
    /// The assets and fonts, when found before any data was read (`build` does); else found here.
    var resources: BuildResources?
    public var generatedOn: String
    /// The generated-on day, for revisions.csv and first published dates (`build` sets it;
    /// otherwise taken from SOURCE_DATE_EPOCH or today, as `build` would).
    public var generatedDay: Day?
    /// Reuse quarters the manifest of the current site shows unchanged (`build --full` turns it off).
    public var reuseUnchanged = true
    let timer = StageTimer()
    public var timingReport: String { timer.report }

    public init(dataFolder: String, outputFolder: String?, assetsFolder: String?, generatedOn: String) {
        self.dataFolder = dataFolder
        self.outputFolder = outputFolder
        self.assetsFolder = assetsFolder
        self.generatedOn = generatedOn
    }

    /// Reads, checks and publishes every period, writing nothing: what `validate` runs, and
    /// the data files alone (the disclosure tests' attacker reads them).
    public func publishedPeriods() -> (log: DiagnosticLog, periods: [PublishedPeriod]) {
        var log = DiagnosticLog()
        guard let folder = ProgrammeFolder.open(dataFolder, log: &log, tomlTrial: TOMLGuard.trial) else { return (log, []) }
        let periods = publishPeriods(folder, log: &log).published
        return (log, log.hasErrors ? [] : periods)
    }

    /// Validates everything; when `outputFolder` is set and the input is clean, publishes the site.
    public func run() -> Outcome {
        var log = DiagnosticLog()
        guard let folder = ProgrammeFolder.open(dataFolder, log: &log, tomlTrial: TOMLGuard.trial) else {
            return Outcome(log: log, periodsBuilt: 0, filesWritten: 0)
        }
        let (published, sources, warnings) = publishPeriods(folder, log: &log)
        guard let outputFolder else { return Outcome(log: log, periodsBuilt: log.hasErrors ? 0 : published.count, filesWritten: 0) }
        guard !log.hasErrors else { return Outcome(log: log, periodsBuilt: 0, filesWritten: 0) }
        let writer: SiteWriter
        do {
            writer = try SiteWriter(output: outputFolder) {
                FileHandle.standardError.write(Data("famdash: another build is publishing beside \(outputFolder); waiting for it to finish\n".utf8))
            }
        } catch {
            log.add(.error(outputFolder, nil, nil, "\(error)"))
            return Outcome(log: log, periodsBuilt: 0, filesWritten: 0)
        }
        do {
            let (files, reused) = try publish(published, sources: sources, warnings: warnings, folder: folder, writer: writer)
            try timer.measure("commit") { try writer.commit() }
            return Outcome(log: log, periodsBuilt: published.count, filesWritten: files, periodsReused: reused)
        } catch let error as SiteWriteError {
            writer.abandon()
            log.add(.error(error.path, nil, nil, error.reason))
        } catch {
            writer.abandon()
            log.add(.error(outputFolder, nil, nil, "\(error)"))
        }
        return Outcome(log: log, periodsBuilt: 0, filesWritten: 0)
    }

    /// One unit of rendering work; units run on all cores and write their own files.
    private enum Work {
        case reuse(PeriodName)
        case pages(PublishedPeriod)
        case chart(PeriodName, Chart)
    }

    /// Renders and stages the site; returns the number of files and of quarters reused.
    private func publish(_ computed: [PublishedPeriod], sources: [(period: String, digest: String)], warnings: [PeriodName: [Diagnostic]],
                         folder: ProgrammeFolder, writer: SiteWriter) throws -> (files: Int, reused: Int) {
        let (assets, fonts) = try resources.map { ($0.assets, $0.fonts) } ?? BuildResources.prepare(assetsFolder: assetsFolder).pair
        let settings = folder.settings
        let today = try generatedDay ?? GeneratedDate.day()
        // The replaced site's manifest gives first published dates even when nothing is reused.
        let replaced = BuildManifest.read(site: writer.output)
        let previous = reuseUnchanged ? replaced : nil
        let firstPublished = ReleaseStage.firstPublished(sources.map(\.period), manifest: replaced, today: today)
        let manifest = timer.measure("manifest") {
            BuildManifest(version: FamdashVersion.current,
                          inputs: BuildInputs.digest(folder: folder, assets: assets, fonts: fonts, generatedOn: generatedOn),
                          sources: sources, published: firstPublished)
        }
        let reused = Set(computed.map(\.period).filter { name in
            guard let key = manifest.key(of: name.description), previous?.key(of: name.description) == key else { return false }
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: writer.output + "/" + name.description, isDirectory: &isDirectory) && isDirectory.boolValue
        })
        let release = timer.measure("revisions") {
            ReleaseStage(computed, site: writer.output, firstPublished: firstPublished, reused: reused, settings: settings, today: today)
        }
        let published = release.periods
        var context = SiteContext(settings: settings, periods: published.map(\.period), generatedOn: generatedOn, version: FamdashVersion.current)
        context.published = release.published
        let renderer = try PageRenderer(template: assets.template, context: context)

        // Chart models are cheap; the top index needs the current quarter's even when reused.
        var content = SiteContent(context: context, periods: published, charts: [:])
        let geography = timer.measure("map") { WardMapLinks.geography(folder.boundaries, areas: folder.areas, slugs: content.wardSlugs) }
        var charts: [PeriodName: [Chart]] = [:]
        for period in published where !reused.contains(period.period) || period.period == published.last?.period {
            charts[period.period] = timer.measure("charts") {
                PeriodCharts.charts(for: period, history: published, settings: settings, geography: geography)
            }
        }
        content.charts = charts.mapValues { $0.map { chart in
            // A map is shown in an <object>, which needs its size.
            var size: (width: Double, height: Double)?
            if case .map = chart.kind { let scene = ChartLayout.scene(chart); size = (scene.width, scene.height) }
            return ChartReference(name: chart.name, title: chart.title, alt: chart.summary, showsSuppressed: chart.showsSuppressed, size: size)
        } }
        content.revisions = release.revisions
        content.qualityNotes = warnings.mapValues(QualityNote.notes)

        // Links to unchanged quarters first: they run on one core while charts of the new
        // quarter wait for libgd's text lock on the other. Then a quarter's pages (the longest
        // unit at national scale), then charts.
        var work: [Work] = reused.sorted().map { .reuse($0) }
        for period in published where !reused.contains(period.period) { work.append(.pages(period)) }
        for period in published where !reused.contains(period.period) {
            work += (charts[period.period] ?? []).map { .chart(period.period, $0) }
        }
        let counts = ParallelMap.map(work) { item in
            Result { try perform(item, content: content, renderer: renderer, fonts: fonts, writer: writer) }
        }
        var files = try counts.reduce(0) { try $0 + $1.get() }

        files += try write(SitePages.topPages(content: content).map { ($0.path, Data(renderer.html($0).utf8)) }
                           + [("trends.csv", Data(SitePages.trendsCSV(content: content).utf8)),
                              (BuildManifest.fileName, Data(manifest.json.utf8))]
                           + timer.measure("tidy") { tidyFiles(published, revisions: release.revisions, folder: folder) }, to: writer)
        for file in assets.published { try writer.write("assets/" + file.path, Data(file.bytes)) }
        return (files, reused.count)
    }

    private func perform(_ work: Work, content: SiteContent, renderer: PageRenderer, fonts: Fonts, writer: SiteWriter) throws -> Int {
        switch work {
        case .reuse(let period):
            return try timer.measure("reuse") { try writer.reuse(period.description) }
        case .pages(let period):
            let pages = timer.measure("pages") {
                SitePages.pages(for: period, content: content).map { ($0.path, Data(renderer.html($0).utf8)) }
            }
            let data = dataFiles(period, revisions: content.revisions[period.period] ?? [])
            let zip = try timer.measure("zip") { try ZipArchive.archive(zipEntries(data, period: period.period)) }
            return try write(data + pages + [("\(period.period)/\(period.period).zip", Data(zip))], to: writer)
        case let .chart(period, chart):
            let scene = timer.measure("charts") { ChartLayout.scene(chart) }
            let svg = Data(timer.measure("svg") { SVGRenderer.svg(scene, id: chart.name) }.utf8)
            let png = Data(try timer.measure("png") { try PNGRenderer.png(scene, fonts: fonts) })
            var files = [("\(period)/charts/\(chart.name).svg", svg), ("\(period)/charts/\(chart.name).png", png)]
            if chart.hasNarrowLayout {
                // Phones get a narrow layout of the same chart (pages pick it with <picture>).
                let narrow = Data(timer.measure("svg") {
                    SVGRenderer.svg(ChartLayout.scene(chart, width: ChartLayout.narrowWidth), id: ChartReference.narrowFile(chart.name))
                }.utf8)
                files.insert(("\(period)/charts/\(ChartReference.narrowFile(chart.name)).svg", narrow), at: 1)
            }
            return try write(files, to: writer)
        }
    }

    /// Reads, checks and publishes every period. Periods are independent but for what a quarter
    /// keeps of the one before (movement): a core's worth at a time is read and checked in
    /// parallel, chained in order, then published in parallel, so memory holds a few quarters.
    /// Every quarter is read and checked on every build, so an incremental build reports
    /// exactly what a full one would.
    private func publishPeriods(_ folder: ProgrammeFolder, log: inout DiagnosticLog)
        -> (published: [PublishedPeriod], sources: [(period: String, digest: String)], warnings: [PeriodName: [Diagnostic]]) {
        let before = log
        let first = publishPeriods(folder, log: &log, rolloutEverywhere: false)
        // Rollout tables are published for every quarter once any quarter records a group; a
        // quarter published without them before a later one showed groups is published again.
        guard first.sawRollout, first.published.contains(where: { $0.table(RolloutTable.name) == nil }) else {
            return (first.published, first.sources, first.warnings)
        }
        log = before
        let again = publishPeriods(folder, log: &log, rolloutEverywhere: true)
        return (again.published, again.sources, again.warnings)
    }

    private func publishPeriods(_ folder: ProgrammeFolder, log: inout DiagnosticLog, rolloutEverywhere: Bool)
        -> (published: [PublishedPeriod], sources: [(period: String, digest: String)], warnings: [PeriodName: [Diagnostic]], sawRollout: Bool) {
        let publisher = PeriodPublisher(settings: folder.settings, areas: folder.areas, rolloutEverywhere: rolloutEverywhere)
        var sawRollout = false
        let measures = folder.settings.measures.count
        var published: [PublishedPeriod] = []
        var sources: [(period: String, digest: String)] = []
        var previous: PreviousQuarter?
        var warnings: [PeriodName: [Diagnostic]] = [:]
        let batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount)
        for batchStart in stride(from: 0, to: folder.periods.count, by: batchSize) {
            let batch = Array(folder.periods[batchStart..<min(folder.periods.count, batchStart + batchSize)])
            let loaded = ParallelMap.map(batch) { entry in
                timer.measure("read+check") { folder.loadPeriod(entry) }
            }
            var inputs: [(entry: ProgrammeFolder.PeriodEntry, period: Period, previous: PreviousQuarter?, outcomes: OutcomeQuarter?)] = []
            for (entry, result) in zip(batch, loaded) {
                log.noteFile(entry.folder + "/families.csv")
                log.noteFile(entry.folder + "/people.csv")
                log.add(contentsOf: result.diagnostics)
                warnings[entry.name] = result.diagnostics.filter { $0.severity == .warning }
                guard let period = result.period, !log.hasErrors else { continue }
                if period.hasRolloutGroups { sawRollout = true }
                // The outcome plan's runs of progress chain quarter to quarter, like movement.
                let outcomes = folder.settings.outcomes.isEmpty ? nil
                    : timer.measure("figures") { OutcomeQuarter(period, settings: folder.settings, previous: previous) }
                inputs.append((entry, period, previous, outcomes))
                previous = timer.measure("figures") { PreviousQuarter(period, measures: measures, outcomes: outcomes) }
            }
            let outcomes = ParallelMap.map(inputs) { input -> Result<PublishedPeriod, UnprotectableCells> in
                let figures = timer.measure("figures") { publisher.figures(input.period, previous: input.previous, outcomes: input.outcomes) }
                return timer.measure("disclosure") { Result { () throws(UnprotectableCells) in try publisher.published(figures) } }
            }
            for (input, outcome) in zip(inputs, outcomes) {
                switch outcome {
                case .success(let period):
                    published.append(period)
                    // A quarter's pages depend on whether any quarter has rollout groups.
                    let digest = rolloutEverywhere ? ContentHash.combine([input.period.sourceDigest, "rollout everywhere"]) : input.period.sourceDigest
                    sources.append((period.period.description, digest))
                case .failure(let failure):
                    log.add(.error(input.entry.folder + "/families.csv", nil, nil,
                                   "disclosure control cannot protect \(failure.cells.count) suppressed count(s) of \(input.entry.name): \(failure.cells.prefix(5).joined(separator: "; ")); every way of hiding them more would still let a reader work them out (raise min_count or merge small areas)"))
                }
            }
        }
        return (published, sources, warnings, sawRollout)
    }

    /// The published data files of a period: its CSVs (revisions.csv when it has any) and summary.json.
    public func dataFiles(_ published: PublishedPeriod, revisions: [Revision] = []) -> [(String, Data)] {
        let folder = published.period.description
        var tables = published.csvTables
        if !revisions.isEmpty { tables.append(RevisionsFile.table(revisions)) }
        var files = tables.map { ("\(folder)/data/\($0.name).csv", Data(CSVWriter.csv($0).utf8)) }
        files.append(("\(folder)/summary.json", Data(SummaryJSON.json(published).utf8)))
        return files
    }

    /// `P/P.zip`: the data files, named as inside the quarter's folder (data/wards.csv, summary.json).
    func zipEntries(_ files: [(String, Data)], period: PeriodName) -> [ZipArchive.Entry] {
        let prefix = period.description + "/"
        return files.map { ZipArchive.Entry(path: String($0.0.dropFirst(prefix.count)), bytes: Array($0.1)) }
    }

    /// `OUT/data/`: the all-quarter tidy files, areas.csv and their CSVW metadata.
    func tidyFiles(_ published: [PublishedPeriod], revisions: [PeriodName: [Revision]], folder: ProgrammeFolder) -> [(String, Data)] {
        let periods = published.map { period in
            (period: period.period, tables: period.csvTables + (revisions[period.period].map { [RevisionsFile.table($0)] } ?? []))
        }
        return TidyFiles.files(periods, areas: folder.areas, settings: folder.settings).map { ($0.0, Data($0.1)) }
    }

    func write(_ files: [(String, Data)], to writer: SiteWriter) throws -> Int {
        try timer.measure("write") {
            for (path, data) in files { try writer.write(path, data) }
            return files.count
        }
    }
}

public enum FamdashVersion {
    public static let current = "0.1.0"
}
