import ArgumentParser
import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSources

/// What the compiler takes from outside the roadmap: the day "today" is, and git's user name.
struct CompileSettings: ParsableArguments {
    @Option(name: .customLong("today"), help: ArgumentHelp(
        "The day overdue (RM308) and stale (RM950) work is measured against, and the site's Now/Next/Later board and timeline place today. Default: the --at day, else the day of SOURCE_DATE_EPOCH, else today, in UTC.",
        valueName: "YYYY-MM-DD"))
    var today: String?

    func validate() throws {
        if let today, CalendarDate(iso: today) == nil {
            throw ValidationError("--today expects a day written YYYY-MM-DD, not '\(today)'")
        }
    }

    /// The `--today` day, if given.
    var day: CalendarDate? { today.flatMap(CalendarDate.init(iso:)) }

    /// `at`: the `--at` day, when the roadmap is read as it was then.
    func options(for location: RoadmapLocation, at day: String?) -> CompileOptions {
        let given = today.flatMap(CalendarDate.init(iso:)) ?? day.flatMap(CalendarDate.init(iso:))
        return CompileOptions(
            today: ReferenceDay.resolve(given: given, environment: ProcessInfo.processInfo.environment),
            gitUserName: GitConfig.userName(for: location.repository))
    }

    /// The options of a command without `--today` (`fix`, `move`, `set`): the same day and
    /// user name `check` uses by default.
    static func defaults(for location: RoadmapLocation) -> CompileOptions {
        CompileOptions(today: ReferenceDay.resolve(given: nil, environment: ProcessInfo.processInfo.environment),
                       gitUserName: GitConfig.userName(for: location.repository))
    }
}
