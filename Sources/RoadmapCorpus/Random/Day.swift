/// A calendar day as a count of days since 1970-01-01, with Gregorian conversion by integer
/// arithmetic (Howard Hinnant's `civil_from_days`), so no time zone or `Foundation.Date` can
/// shift a generated date.
struct Day: Hashable, Comparable {
    var ordinal: Int

    init(ordinal: Int) { self.ordinal = ordinal }

    init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    var civil: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `YYYY-MM-DD`.
    var iso: String {
        let (y, m, d) = civil
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }
}

/// A calendar quarter counted from year 0 (`year * 4 + number - 1`), so slips are additions.
struct QuarterIndex: Hashable, Comparable {
    var value: Int

    init(year: Int, number: Int) { value = year * 4 + number - 1 }
    init(value: Int) { self.value = value }

    var year: Int { value / 4 }
    var number: Int { value % 4 + 1 }
    var text: String { "\(year)-Q\(number)" }
    var firstDay: Day { Day(year: year, month: (number - 1) * 3 + 1, day: 1) }

    static func < (a: QuarterIndex, b: QuarterIndex) -> Bool { a.value < b.value }
}
