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

    /// The day with the given `CalendarDate.ordinal` (days since 0001-01-01), clamped to years 1-9999.
    package static func date(ordinal: Int) -> CalendarDate {
        CalendarDate(secondsSinceEpoch: Int64(ordinal - epochOrdinal) * 86_400)
            ?? (ordinal < epochOrdinal ? CalendarDate(year: 1, month: 1, day: 1)! : CalendarDate(year: 9999, month: 12, day: 31)!)
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
