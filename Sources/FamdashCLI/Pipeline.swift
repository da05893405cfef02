import FamdashDisclosure
import FamdashFigures
import FamdashModel
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
        var built = 0
        var current: PublishedPeriod?
        for entry in folder.periods {
            let familiesPath = entry.folder + "/families.csv"
            log.noteFile(familiesPath)
            log.noteFile(entry.folder + "/people.csv")
            let (loaded, diagnostics) = folder.loadPeriod(entry)
            log.add(contentsOf: diagnostics)
            guard let period = loaded, !log.hasErrors else { continue }
            let figures = FigureBuilder.figures(settings: settings, areas: folder.areas, period: period)
            let suppression = DisclosureControl.suppress(figures, minCount: settings.minCount)
            if !suppression.unprotected.isEmpty {
                log.add(.warning(familiesPath, nil, nil, "\(suppression.unprotected.count) suppressed count(s) of \(entry.name) could not be protected by secondary suppression"))
            }
            let published = PublishedPeriod(figures: figures, suppression: suppression, minCount: settings.minCount)
            current = published
            built += 1
            guard let writer else { continue }
            do {
                files += try write(published, context: context, to: writer)
            } catch {
                log.add(.error(outputFolder ?? "", nil, nil, "\(error)"))
            }
        }
        guard let writer else { return Outcome(log: log, periodsBuilt: built, filesWritten: 0) }
        if log.hasErrors {
            writer.abandon()
            return Outcome(log: log, periodsBuilt: 0, filesWritten: 0)
        }
        do {
            if let current {
                try writer.write("index.html", PeriodPage.html(current, context: context, root: ""))
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

    func write(_ published: PublishedPeriod, context: SiteContext, to writer: SiteWriter) throws -> Int {
        let folder = published.period.description
        for table in published.tables {
            try writer.write("\(folder)/data/\(table.name).csv", CSVWriter.csv(table))
        }
        try writer.write("\(folder)/summary.json", SummaryJSON.json(published))
        try writer.write("\(folder)/index.html", PeriodPage.html(published, context: context, root: "../"))
        return published.tables.count + 2
    }
}

public enum FamdashVersion {
    public static let current = "0.1.0"
}
