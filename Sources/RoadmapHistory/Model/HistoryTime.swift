import RoadmapCore

/// Calendar arithmetic on Unix times without Foundation, so no machine time zone creeps in.
public enum HistoryTime {
    /// `CalendarDate(1970-01-01).ordinal`.
    static let epochOrdinal = 719_162

    /// The day containing `seconds` (already shifted into the wanted zone).
    public static func day(_ seconds: Int64) -> CalendarDate {
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        return date(ordinal: days + epochOrdinal)
    }

    /// The first second (UTC) of `day`.
    public static func startOfDay(_ day: CalendarDate) -> Int64 { Int64(day.ordinal - epochOrdinal) * 86_400 }

    /// Whole days from `earlier` to `later`.
    public static func days(from earlier: CalendarDate, to later: CalendarDate) -> Int { later.ordinal - earlier.ordinal }

    /// The day with the given `CalendarDate.ordinal` (days since 0001-01-01).
    static func date(ordinal: Int) -> CalendarDate {
        // Howard Hinnant's days-to-civil, counted from 0000-03-01.
        let z = ordinal - epochOrdinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: min(9999, max(1, year)), month: month, day: dayOfMonth)
            ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }

    /// `2026-03-01T10:00:00+02:00` (or `Z` at UTC).
    public static func rfc3339(_ seconds: Int64, offsetMinutes: Int) -> String {
        let local = seconds + Int64(offsetMinutes) * 60
        let date = day(local)
        let secondOfDay = Int(local - startOfDay(date))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let clock = "\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
        if offsetMinutes == 0 { return "\(date)T\(clock)Z" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let magnitude = abs(offsetMinutes)
        return "\(date)T\(clock)\(sign)\(two(magnitude / 60)):\(two(magnitude % 60))"
    }
}
