import RoadmapCore

/// The text rules of RFC 5545: TEXT escaping (3.3.11), content-line folding (3.1), dates and
/// UTC date-times (3.3.4, 3.3.5).
enum ICalendarText {
    /// Escapes a TEXT value: backslash, semicolon and comma get a backslash, every line break
    /// becomes `\n`, and other control characters (which a TEXT value may not hold) are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line, folded so that no physical line exceeds 75 octets (CRLF not counted):
    /// continuation lines start with a space, which counts. Folds fall between Unicode scalars,
    /// never inside a multi-byte UTF-8 sequence.
    static func fold(_ line: String) -> String {
        let limit = 75
        var out = ""
        var used = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if used + size > limit {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += size
        }
        return out + "\r\n"
    }

    /// `20260706`, the form of a DATE value.
    static func date(_ day: CalendarDate) -> String {
        String(day.description.filter { $0 != "-" })
    }

    /// `20260502T101500Z`: seconds since 1970 as a UTC DATE-TIME.
    static func utcDateTime(_ seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = Int(seconds - days * 86_400)
        let day = civilDay(daysSince1970: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return date(day) + "T" + two(rest / 3600) + two(rest / 60 % 60) + two(rest % 60) + "Z"
    }

    /// The day after `day`: the exclusive end of an all-day event.
    static func nextDay(_ day: CalendarDate) -> CalendarDate {
        if let next = CalendarDate(year: day.year, month: day.month, day: day.day + 1) { return next }
        if let next = CalendarDate(year: day.year, month: day.month + 1, day: 1) { return next }
        return CalendarDate(year: day.year + 1, month: 1, day: 1) ?? day
    }

    /// The civil day a count of days since 1970-01-01 falls on (proleptic Gregorian, H. Hinnant's
    /// algorithm), clamped to the years a CalendarDate holds.
    static func civilDay(daysSince1970: Int64) -> CalendarDate {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = Int(doy - (153 * mp + 2) / 5 + 1)
        let m = Int(mp < 10 ? mp + 3 : mp - 9)
        let y = Int(yoe + era * 400) + (m <= 2 ? 1 : 0)
        return CalendarDate(year: min(9999, max(1, y)), month: m, day: d) ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }
}
