import TOMLKit

/// Reads the release settings of `programme.toml`: top-level `contact`, and `[release]` with
/// `next_update` and a `[release.published]` table of quarter = date. Kept apart from
/// `SettingsLoader` so each group of settings is one small reader.
enum ReleaseSettingsLoader {
    /// Top-level keys this reader owns.
    static let keys: Set<String> = ["contact", "release"]

    /// `fail(table, key, message)` reports an error at the key's line.
    static func load(_ table: TOMLTable, fail: (String, String, String) -> Void, warn: (String, String, String) -> Void) -> ReleaseSettings {
        var settings = ReleaseSettings()
        if let value = table["contact"] {
            if let text = value.string, !text.trimmingCharacters().isEmpty {
                settings.contact = text.trimmingCharacters()
            } else {
                fail("", "contact", "'contact' must be a non-empty string, for example contact = \"Priority Families team, pf@example.gov.uk\"")
            }
        }
        guard let value = table["release"] else { return settings }
        guard let release = value.table else {
            fail("", "release", "'release' must be a table: [release] with next_update = \"YYYY-MM-DD\" and [release.published]")
            return settings
        }
        for key in release.keys.sorted() where key != "next_update" && key != "published" {
            warn("release", key, "unknown setting 'release.\(key)' is ignored (known: next_update, published)")
        }
        if let next = release["next_update"] {
            if let text = next.string, let date = ReleaseDate(parsing: text.trimmingCharacters()) {
                settings.nextUpdate = date
            } else if let date = next.date, let day = Day(year: date.year, month: date.month, day: date.day) {
                settings.nextUpdate = .day(day)
            } else {
                fail("release", "next_update", "next_update must be a date \"YYYY-MM-DD\" or a month \"YYYY-MM\", for example next_update = \"2014-05\"")
            }
        }
        if let published = release["published"] {
            guard let dates = published.table else {
                fail("release", "published", "'published' must be a table of quarter = date: [release.published] then \"2013-Q3\" = \"2013-11-20\"")
                return settings
            }
            for key in dates.keys.sorted() {
                guard let period = PeriodName(key) else {
                    fail("release.published", key, "'\(key)' is not a quarter; write quarters as YYYY-Qn, for example \"2013-Q3\" = \"2013-11-20\"")
                    continue
                }
                let entry = dates[key]
                if let text = entry?.string, let day = Day(parsing: text.trimmingCharacters()) {
                    settings.published[period] = day
                } else if let date = entry?.date, let day = Day(year: date.year, month: date.month, day: date.day) {
                    settings.published[period] = day
                } else {
                    fail("release.published", key, "the published date of \(key) must be a date, YYYY-MM-DD, for example \"\(key)\" = \"2013-11-20\"")
                    continue
                }
                if let day = settings.published[period], day < period.endDay {
                    fail("release.published", key, "\(key) cannot have been published on \(day), before the quarter ended (\(period.endDay))")
                    settings.published[period] = nil
                }
            }
        }
        return settings
    }
}
