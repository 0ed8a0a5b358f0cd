import RoadmapCore

/// Calendar days from Unix time without Foundation, so no machine time zone can creep in.
enum CivilDay {
    /// The proleptic Gregorian day containing `seconds` (already shifted to the wanted zone).
    static func date(secondsSinceEpoch seconds: Int64) -> CalendarDate? {
        // Floor division: times before 1970 belong to the earlier day.
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        // Howard Hinnant's days-to-civil, counting eras of 400 years from 0000-03-01.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)
    }
}
