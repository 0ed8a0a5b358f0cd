import Foundation

/// "Today" for the checks that depend on it (overdue work, stale PRDs): a day given on the
/// command line, else the day of `SOURCE_DATE_EPOCH` (reproducible builds), else the clock's
/// day, all in UTC so that every machine agrees.
public enum ReferenceDay {
    public static func resolve(given: CalendarDate?, environment: [String: String], now: Date = Date()) -> CalendarDate {
        if let given { return given }
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int64($0.trimmingCharacters(in: .whitespaces)) }),
           let day = CalendarDate(secondsSinceEpoch: epoch) {
            return day
        }
        return CalendarDate(secondsSinceEpoch: Int64(now.timeIntervalSince1970.rounded(.down)))
            ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }
}

extension CalendarDate {
    /// The UTC day containing a Unix time; nil outside years 1 to 9999.
    public init?(secondsSinceEpoch seconds: Int64) {
        guard abs(seconds) < 300_000_000_000 else { return nil }
        // Floor division, then Howard Hinnant's days-to-civil from 0000-03-01.
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
