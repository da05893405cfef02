import FamdashModel

/// What a row of a published table stands for. Rows are found by key, never by position, so
/// two tables that list the same wards need not share an order, and special rows
/// ("Unidentified", "Not recorded", "unknown") are cases rather than labels to compare.
public indirect enum RowKey: Hashable, Sendable {
    /// The one row of a table of totals (summary.json).
    case total
    /// A ward, by its index in areas.csv.
    case ward(Int)
    /// Families with no ward recorded; in the localities table, their locality.
    case unidentified
    /// A locality, by its order of first appearance in areas.csv.
    case locality(Int)
    /// A measure, by its place in programme.toml.
    case measure(Int)
    /// A closed age band (`AgeBands`), a single year of age, or age not recorded.
    case ageBand(Int)
    case age(Int)
    case unknownAge
    /// A lead agency as written in the extract.
    case agency(String)
    /// An agency, level or rollout group left empty in the extract.
    case notRecorded
    case level(Level)
    /// A `[[targets]]` entry, by its place in programme.toml.
    case target(Int)
    /// A fixed item of a table of named figures (finance.csv's `attachment_fees`).
    case item(String)
    case rolloutGroup(Int)
    /// A `[[finance.claims]]` kind, or an `[[outcomes]]` entry, by its place in programme.toml.
    case claimKind(Int)
    case outcome(Int)
    /// Families of a measure by their status last quarter (a row of rag-movement.csv).
    case movement(measure: Int, from: RAG)
    /// A row of a cross-table: a ward and a measure, a rollout group and an agency.
    case pair(RowKey, RowKey)
}
