/// A unit of time a key result can be measured in.
public enum TimeUnit: String, Hashable, Sendable, CaseIterable {
    case milliseconds, seconds, minutes, hours, days, weeks

    /// `ms`, `s`, `min`, `h`, `d`, `w`.
    public var symbol: String {
        switch self {
        case .milliseconds: "ms"
        case .seconds: "s"
        case .minutes: "min"
        case .hours: "h"
        case .days: "d"
        case .weeks: "w"
        }
    }

    /// `day` for exactly one, else `days`.
    public func word(plural: Bool) -> String {
        let singular = String(rawValue.dropLast())
        return plural ? rawValue : singular
    }

    /// The unit a lowercased written form names, and whether it was written as a word.
    static func named(_ key: String) -> (TimeUnit, long: Bool)? {
        switch key {
        case "ms", "msec", "msecs": (.milliseconds, false)
        case "millisecond", "milliseconds": (.milliseconds, true)
        case "s", "sec", "secs": (.seconds, false)
        case "second", "seconds": (.seconds, true)
        case "min", "mins": (.minutes, false)
        case "minute", "minutes": (.minutes, true)
        case "h", "hr", "hrs": (.hours, false)
        case "hour", "hours": (.hours, true)
        case "d": (.days, false)
        case "day", "days": (.days, true)
        case "w", "wk", "wks": (.weeks, false)
        case "week", "weeks": (.weeks, true)
        default: nil
        }
    }
}
