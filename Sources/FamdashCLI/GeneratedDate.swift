import FamdashModel
import Foundation

/// The one wall-clock value in a site: the date it was generated, in words. Taken from
/// SOURCE_DATE_EPOCH when set (reproducible builds), else today's date in UTC. Only the date,
/// so two builds of the same data on one day are byte-identical.
enum GeneratedDate {
    /// 9999-12-31 23:59:59 UTC: the last second whose date famdash can write.
    static let latestSeconds = 253_402_300_799

    /// A SOURCE_DATE_EPOCH that is not a whole number of seconds from 0 to `latestSeconds`.
    struct Invalid: Error, CustomStringConvertible {
        var value: String
        var description: String {
            let shown = value.count > 40 ? String(value.prefix(40)) + "..." : value
            return "famdash: error: SOURCE_DATE_EPOCH is '\(shown.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : "?" }.joined())', "
                + "not a date famdash can use; set it to whole seconds since 1970-01-01 00:00 UTC, from 0 to \(latestSeconds) "
                + "(the end of 9999), as `date +%s` prints, or unset it"
        }
    }

    /// The generated-on date as a day (revisions.csv and the manifest write it YYYY-MM-DD).
    /// Throws `Invalid` for a malformed SOURCE_DATE_EPOCH (an empty one counts as unset).
    static func day(environment: [String: String] = ProcessInfo.processInfo.environment,
                    now: Int = Int(Date().timeIntervalSince1970)) throws -> Day {
        var seconds = now
        if let value = environment["SOURCE_DATE_EPOCH"], !value.isEmpty {
            // Digits only (no sign, space or exponent), and few enough that the number is exact.
            guard value.utf8.count <= 12, value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                  let parsed = Int(value), parsed <= latestSeconds else { throw Invalid(value: value) }
            seconds = parsed
        }
        seconds = min(max(seconds, 0), latestSeconds)
        let (year, month, day) = civil(fromDays: seconds / 86_400)
        // Always a valid day: `seconds` is clamped to 1970 ... 9999.
        return Day(year: year, month: month, day: day) ?? Day(year: 1970, month: 1, day: 1)!
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm), for
    /// 0 ... 2,932,896 (the end of 9999).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
