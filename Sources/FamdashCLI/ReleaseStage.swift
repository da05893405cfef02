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
    /// YYYY-MM-DD by period, for the manifest.
    var firstPublished: [String: String] = [:]
    /// The published date each quarter's pages show.
    var published: [PeriodName: Day] = [:]

    /// `reused`: quarters taken from the old site as they are (same inputs, so the same CSVs):
    /// only their kept revisions are read.
    init(_ periods: [PublishedPeriod], site: String, manifest: BuildManifest?, reused: Set<PeriodName>, settings: Settings, today: Day) {
        self.periods = periods
        for (index, period) in periods.enumerated() {
            let name = period.period.description
            let first = manifest?.published(name).flatMap { Day(parsing: $0) } ?? today
            firstPublished[name] = first.description
            published[period.period] = settings.release.published[period.period] ?? first
            let all = RevisionsFile.revisions(of: period, oldData: site + "/" + name + "/data", compare: !reused.contains(period.period),
                                              on: today.description)
            if !all.isEmpty {
                revisions[period.period] = all
                self.periods[index] = RevisionsFile.marked(period, all)
            }
        }
    }
}
