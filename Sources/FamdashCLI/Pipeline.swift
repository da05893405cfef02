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
        guard let folder = ProgrammeFolder.open(dataFolder, log: &log) else {
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
        for batchStart in stride(from: 0, to: folder.periods.count, by: batchSize) {
            let batch = Array(folder.periods[batchStart..<min(folder.periods.count, batchStart + batchSize)])
            let results = ParallelMap.map(batch) { entry in process(entry, folder: folder) }
            for (entry, result) in zip(batch, results) {
                log.noteFile(entry.folder + "/families.csv")
                log.noteFile(entry.folder + "/people.csv")
                log.add(contentsOf: result.diagnostics)
                guard let period = result.published, !log.hasErrors else { continue }
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
            let fonts = try Fonts.locate()
            // Charts and pages of each period, on all cores: they read the published figures only.
            let rendered = try ParallelMap.map(published) { period in
                Result { try renderPeriod(period, history: published, context: context, fonts: fonts) }
            }.map { try $0.get() }
            for (pageFiles, _) in rendered { files += try timer.measure("write") { try write(pageFiles, to: writer) } }
            if let current = published.last, let charts = rendered.last?.charts {
                try writer.write("index.html", PeriodPage.html(current, context: context, root: "", charts: charts))
                files += 1
            }
            try writer.write("archive.html", ArchivePage.html(context: context))
            files += 1
            if let assets = assetsFolder ?? AssetLocator.find() {
                try writer.copyFolder(assets, to: "assets")
            } else {
                log.add(.warning("Assets", nil, nil, "the Assets folder was not found; pages are written without their stylesheet (pass --assets DIR)"))
            }
            try writer.commit()
        } catch {
            writer.abandon()
            log.add(.error(outputFolder ?? "", nil, nil, "\(error)"))
            return Outcome(log: log, periodsBuilt: 0, filesWritten: 0)
        }
        return Outcome(log: log, periodsBuilt: built, filesWritten: files)
    }

    /// One period's stage work, run in parallel: nothing here touches shared state but the timer.
    func process(_ entry: ProgrammeFolder.PeriodEntry, folder: ProgrammeFolder) -> (diagnostics: [Diagnostic], published: PublishedPeriod?) {
        var (loaded, diagnostics) = timer.measure("read+check") { folder.loadPeriod(entry) }
        guard let period = loaded, !diagnostics.contains(where: { $0.severity == .error }) else { return (diagnostics, nil) }
        loaded = nil
        let settings = folder.settings
        let figures = timer.measure("figures") { FigureBuilder.figures(settings: settings, areas: folder.areas, period: period) }
        let suppression = timer.measure("disclosure") { DisclosureControl.suppress(figures, minCount: settings.minCount) }
        if !suppression.unprotected.isEmpty {
            diagnostics.append(.warning(entry.folder + "/families.csv", nil, nil,
                                        "\(suppression.unprotected.count) suppressed count(s) of \(entry.name) could not be protected by secondary suppression"))
        }
        return (diagnostics, PublishedPeriod(figures: figures, suppression: suppression, minCount: settings.minCount))
    }

    /// A period's charts (SVG and PNG) and its page.
    func renderPeriod(_ period: PublishedPeriod, history: [PublishedPeriod], context: SiteContext, fonts: Fonts) throws
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
        let page = timer.measure("pages") { PeriodPage.html(period, context: context, root: "../", charts: references) }
        files.append(("\(folder)/index.html", Data(page.utf8)))
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
