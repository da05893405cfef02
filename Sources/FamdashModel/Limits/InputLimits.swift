/// The largest values famdash accepts from a file or the command line. Each is far above any
/// real programme and low enough that every sum, product and percentage built from accepted
/// input fits in 64 bits (families per file < 2^32, as offsets are 32-bit; 2^32 x 10^6 pounds
/// < 2^63), so no arithmetic on input can trap. README, "Limits", states them for users.
public enum InputLimits {
    /// Names and labels (wards, localities, agencies, codes, measure labels, name, authority),
    /// in characters: a chart or page cannot show more, and a longer one is a pasted paragraph.
    public static let labelLength = 200
    /// Pounds per family in `[finance]`.
    public static let rate = 1_000_000
    /// Families in one `[[targets]]` entry.
    public static let targetFamilies = 10_000_000
    /// `[disclosure] min_count`.
    public static let minCount = 1_000
    /// `rollout_group` numbers.
    public static let rolloutGroup = 999_999_999
    /// `[[measures]]` and `[[targets]]` entries: phase 1 has four measures, phase 2 six.
    public static let measures = 50
    public static let targets = 50
    /// Wards in areas.csv (England has about 7,000; every ward gets a page each quarter).
    public static let wards = 100_000
    /// Bytes of programme.toml (CSV files: `CSVDocument.maximumFileSize`).
    public static let settingsSize = 4_000_000
    /// Years of period folders (`YYYY-Qn`).
    public static let periodYears = 1900...9999
    /// Diagnostics of one kind (errors, warnings) kept per file; the rest are counted.
    public static let diagnosticsPerFile = 200
    /// Characters of a value quoted in a message before it is cut.
    public static let quotedLength = 60
}
