import Foundation
import RoadmapCore

/// The calendar day of a moment in a time zone, so `roadmap new` fills in the quarter the user
/// lives in; tests pass a fixed moment instead of the clock.
public enum Today {
    /// The day `moment` falls on in `timeZone` (the machine's by default).
    public static func date(at moment: Date = Date(), in timeZone: TimeZone = .current) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }
}
