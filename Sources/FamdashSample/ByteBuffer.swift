import FamdashModel

/// Appends CSV text straight into bytes: the sample writer produces gigabytes for benchmarks.
struct ByteBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
    mutating func append(_ byte: UInt8) { bytes.append(byte) }
    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// RFC 4180 quoting where needed.
    mutating func appendField(_ text: String) {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) {
            append("\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        } else {
            append(text)
        }
    }

    /// A day of a quarter, written DD/MM/YYYY now and then as Excel in an English locale does.
    mutating func appendDate(_ period: PeriodName, dayOffset: Int) {
        // Walk the quarter's months so the offset always lands inside the quarter.
        var month = (period.quarter - 1) * 3 + 1
        var day = dayOffset % 90 + 1
        while month < period.quarter * 3 && day > Day.daysInMonth(year: period.year, month: month) {
            day -= Day.daysInMonth(year: period.year, month: month)
            month += 1
        }
        day = min(day, Day.daysInMonth(year: period.year, month: month))
        if dayOffset % 5 == 0 {
            append((day < 10 ? "0" : "") + "\(day)/" + (month < 10 ? "0" : "") + "\(month)/\(period.year)")
        } else {
            append(Day(year: period.year, month: month, day: day)!.description)
        }
    }
}
