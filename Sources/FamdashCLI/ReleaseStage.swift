import FamdashDisclosure
import FamdashModel
import FamdashSite

/// What a build takes from the site it replaces to publish releases: each quarter's first
/// published day (the manifest) and its revisions (revisions.csv, kept, plus every cell whose
/// published text differs from the old site's CSVs). Read whether or not quarters are reused,
/// so a full build and an incremental one over the same site agree byte for byte.
struct ReleaseStage {
    var periods: [PublishedPeriod]
    var revisions: [PeriodName: [Revision]] = [:]
    /// The published date each quarter's pages show.
    var published: [PeriodName: Day] = [:]

    /// Each quarter's first published day, YYYY-MM-DD, for the manifest: the replaced site's
    /// record, else today.
    static func firstPublished(_ periods: [String], manifest: BuildManifest?, today: Day) -> [String: String] {
        Dictionary(uniqueKeysWithValues: periods.map { name in
            (name, (manifest?.published(name).flatMap { Day(parsing: $0) } ?? today).description)
        })
    }

    /// `firstPublished` as above; `reused`: quarters taken from the old site as they are (same
    /// inputs, so the same CSVs): only their kept revisions are read.
    init(_ periods: [PublishedPeriod], site: String, firstPublished: [String: String], reused: Set<PeriodName>, settings: Settings, today: Day) {
        self.periods = periods
        for (index, period) in periods.enumerated() {
            let name = period.period.description
            published[period.period] = settings.release.published[period.period] ?? firstPublished[name].flatMap { Day(parsing: $0) } ?? today
            let all = RevisionsFile.revisions(of: period, oldData: site + "/" + name + "/data", compare: !reused.contains(period.period),
                                              on: today.description)
            if !all.isEmpty {
                revisions[period.period] = all
                self.periods[index] = RevisionsFile.marked(period, all)
            }
        }
    }
}
