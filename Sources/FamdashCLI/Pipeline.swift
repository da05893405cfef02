import FamdashCharts
import FamdashDisclosure
import FamdashFigures
import FamdashModel
import FamdashRaster
import FamdashSite
import Foundation

/// load and validate -> figures -> disclosure control -> pages -> atomic write.
public struct Pipeline {
    public struct Outcome {
        public var log: DiagnosticLog
        public var periodsBuilt: Int
        public var filesWritten: Int
    }

    public var dataFolder: String
    public var outputFolder: String?
    public var assetsFolder: String?
    public var generatedOn: String
    let timer = StageTimer()
    public var timingReport: String { timer.report }

    public init(dataFolder: String, outputFolder: String?, assetsFolder: String?, generatedOn: String) {
        self.dataFolder = dataFolder
        self.outputFolder = outputFolder
        self.assetsFolder = assetsFolder
        self.generatedOn = generatedOn
    }

    /// Validates everything; when `outputFolder` is set and the input is clean, publishes the site.
    public func run() -> Outcome {
        var log = DiagnosticLog()
        guard let folder = ProgrammeFolder.open(dataFolder, log: &log, tomlTrial: TOMLGuard.trial) else {
            return Outcome(log: log, periodsBuilt: 0, filesWritten: 0)
        }
        let settings = folder.settings
        let context = SiteContext(settings: settings, periods: folder.periods.map(\.name),
                                  generatedOn: generatedOn, version: FamdashVersion.current)
        var writer: SiteWriter?
        if let outputFolder {
            do {
                writer = try SiteWriter(output: outputFolder)
            } catch {
                log.add(.error(outputFolder, nil, nil, "\(error)"))
                return Outcome(log: log, periodsBuilt: 0, filesWritten: 0)
            }
        }
        var files = 0
        var published: [PublishedPeriod] = []
        // Periods are independent until pages (which show trends): read, check, compute and
        // suppress them on all cores, a core's worth at a time so memory holds a few quarters.
        let batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var previousSnapshot: RAGSnapshot?
        for batchStart in stride(from: 0, to: folder.periods.count, by: batchSize) {
            let batch = Array(folder.periods[batchStart..<min(folder.periods.count, batchStart + batchSize)])
            let results = ParallelMap.map(batch) { entry in process(entry, folder: folder) }
            for (entry, result) in zip(batch, results) {
                log.noteFile(entry.folder + "/families.csv")
                log.noteFile(entry.folder + "/people.csv")
                log.add(contentsOf: result.diagnostics)
                guard var period = result.published, let snapshot = result.snapshot, !log.hasErrors else { continue }
                // Movement compares consecutive quarters, so it is added here, in order.
                let movement = RAGMovement.table(previous: previousSnapshot, current: snapshot, measures: settings.measures)
                period.tables.append(DerivedTables.standalone(movement, period: period.period, minCount: settings.minCount))
                if let finance = settings.finance { period.tables.append(DerivedTables.finance(period, finance: finance)) }
                previousSnapshot = snapshot
                published.append(period)
                guard let writer else { continue }
                do {
                    files += try timer.measure("write") { try write(dataFiles(period), to: writer) }
                } catch {
                    log.add(.error(outputFolder ?? "", nil, nil, "\(error)"))
                }
            }
        }
        let built = published.count
        guard let writer else { return Outcome(log: log, periodsBuilt: built, filesWritten: 0) }
        if log.hasErrors {
            writer.abandon()
            return Outcome(log: log, periodsBuilt: 0, filesWritten: 0)
        }
        do {
            guard let assets = assetsFolder ?? AssetLocator.find() else {
                throw SiteWriteError(path: "Assets", reason: "the Assets folder (CSS, page template) was not found; pass --assets DIR or set FAMDASH_ASSETS")
            }
            let templatePath = assets + "/templates/page.mustache"
            guard let template = FileManager.default.contents(atPath: templatePath).map({ String(decoding: $0, as: UTF8.self) }) else {
                throw SiteWriteError(path: templatePath, reason: "the page template is missing")
            }
            let renderer = try PageRenderer(template: template, context: context)
            let fonts = try Fonts.locate()
            // Charts of each period, on all cores: they read the published figures only.
            let rendered = try ParallelMap.map(published) { period in
                Result { try renderCharts(period, history: published, context: context, fonts: fonts) }
            }.map { try $0.get() }
            for (chartFiles, _) in rendered { files += try timer.measure("write") { try write(chartFiles, to: writer) } }
            var references: [PeriodName: [ChartReference]] = [:]
            for (period, result) in zip(published, rendered) { references[period.period] = result.charts }
            let content = SiteContent(context: context, periods: published, charts: references)
            let pages = timer.measure("pages") {
                ParallelMap.map(published) { period in
                    SitePages.pages(for: period, content: content).map { ($0.path, Data(renderer.html($0).utf8)) }
                }
            }
            for pageFiles in pages { files += try timer.measure("write") { try write(pageFiles, to: writer) } }
            files += try write(SitePages.topPages(content: content).map { ($0.path, Data(renderer.html($0).utf8)) }, to: writer)
            try writer.write("trends.csv", SitePages.trendsCSV(content: content))
            files += 1
            try writer.copyFolder(assets, to: "assets", excluding: ["templates"])
            try writer.commit()
        } catch let error as SiteWriteError {
            writer.abandon()
            log.add(.error(error.path, nil, nil, error.reason))
            return Outcome(log: log, periodsBuilt: 0, filesWritten: 0)
        } catch {
            writer.abandon()
            log.add(.error(outputFolder ?? "", nil, nil, "\(error)"))
            return Outcome(log: log, periodsBuilt: 0, filesWritten: 0)
        }
        return Outcome(log: log, periodsBuilt: built, filesWritten: files)
    }

    /// One period's stage work, run in parallel: nothing here touches shared state but the timer.
    func process(_ entry: ProgrammeFolder.PeriodEntry, folder: ProgrammeFolder)
        -> (diagnostics: [Diagnostic], published: PublishedPeriod?, snapshot: RAGSnapshot?) {
        var (loaded, diagnostics) = timer.measure("read+check") { folder.loadPeriod(entry) }
        guard let period = loaded, !diagnostics.contains(where: { $0.severity == .error }) else { return (diagnostics, nil, nil) }
        loaded = nil
        let settings = folder.settings
        let figures = timer.measure("figures") { FigureBuilder.figures(settings: settings, areas: folder.areas, period: period) }
        let suppression = timer.measure("disclosure") { DisclosureControl.suppress(figures, minCount: settings.minCount) }
        if !suppression.unprotected.isEmpty {
            diagnostics.append(.warning(entry.folder + "/families.csv", nil, nil,
                                        "\(suppression.unprotected.count) suppressed count(s) of \(entry.name) could not be protected by secondary suppression"))
        }
        let snapshot = timer.measure("figures") { RAGSnapshot(period) }
        return (diagnostics, PublishedPeriod(figures: figures, suppression: suppression, minCount: settings.minCount), snapshot)
    }

    /// A period's charts, as SVG and PNG files.
    func renderCharts(_ period: PublishedPeriod, history: [PublishedPeriod], context: SiteContext, fonts: Fonts) throws
        -> (files: [(String, Data)], charts: [ChartReference]) {
        let folder = period.period.description
        let charts = timer.measure("charts") { PeriodCharts.charts(for: period, history: history, settings: context.settings) }
        var files: [(String, Data)] = []
        var references: [ChartReference] = []
        for chart in charts {
            let scene = timer.measure("charts") { ChartLayout.scene(chart) }
            files.append(("\(folder)/charts/\(chart.name).svg", Data(timer.measure("svg") { SVGRenderer.svg(scene, id: chart.name) }.utf8)))
            files.append(("\(folder)/charts/\(chart.name).png", Data(try timer.measure("png") { try PNGRenderer.png(scene, fonts: fonts) })))
            references.append(ChartReference(name: chart.name, title: chart.title, alt: chart.summary))
        }
        return (files, references)
    }

    /// The published data files of a period: its CSVs and summary.json.
    func dataFiles(_ published: PublishedPeriod) -> [(String, Data)] {
        let folder = published.period.description
        var files = published.tables.map { ("\(folder)/data/\($0.name).csv", Data(CSVWriter.csv($0).utf8)) }
        files.append(("\(folder)/summary.json", Data(SummaryJSON.json(published).utf8)))
        return files
    }

    func write(_ files: [(String, Data)], to writer: SiteWriter) throws -> Int {
        for (path, data) in files { try writer.write(path, data) }
        return files.count
    }
}

public enum FamdashVersion {
    public static let current = "0.1.0"
}
