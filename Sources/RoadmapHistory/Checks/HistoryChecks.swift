import RoadmapCore

/// Checks that need the roadmap's history: PRDs in progress that nobody touches (RM950) and
/// PRDs whose plan keeps slipping (RM951). Severities follow the roadmap's `rules`.
public enum HistoryChecks {
    /// Finds where a field is written in a file, to point the diagnostic at it; nil for line 1.
    public typealias Locate = (_ path: String, _ field: String) -> SourceLocation?

    /// The diagnostics for `roadmap`'s PRDs. `today` is the day the roadmap is checked at: the
    /// day of the commit being checked (of `HEAD` for the working tree), never the machine's
    /// clock, so every machine gives the same answer for the same commit.
    public static func diagnostics(for roadmap: Roadmap, history: RoadmapHistory, today: CalendarDate,
                                   locate: Locate = { _, _ in nil }) -> [Diagnostic] {
        let config = roadmap.config
        let staleStatus = config.statuses.contains("in-progress") ? "in-progress" : config.activeStatuses.last
        var found: [Diagnostic] = []
        for feature in roadmap.features {
            guard let item = history.item(feature.id) else { continue }
            func at(_ field: String) -> SourceLocation { locate(feature.path, field) ?? SourceLocation(path: feature.path, line: 1) }
            if feature.status == staleStatus, let last = item.lastChanged {
                let days = HistoryTime.days(from: last.day, to: today)
                if days > config.staleAfterDays {
                    found.append(Diagnostic(
                        .stalePRD, "`\(feature.id)` is \(feature.status) but no commit has touched it for \(days) days (since \(last.day), \(last.shortID) by \(last.authorName))",
                        at: at("status"),
                        help: "update its status, or write down what is happening; `roadmap log \(feature.id)` shows its history (limit: `stale_after_days: \(config.staleAfterDays)` in roadmap.yml)"))
                }
            }
            if item.slipCount > config.maxSlips, !config.doneStatuses.contains(feature.status) {
                let field = feature.due != nil ? "due" : feature.quarter != nil ? "quarter" : "horizon"
                let last = item.timeline.last { $0.change.isSlip }
                let detail = last.map { entry in
                    " (last on \(entry.commit.day) by \(entry.commit.authorName): \(entry.change.events.filter(\.isSlip).map(\.text).joined(separator: ", ")))"
                } ?? ""
                found.append(Diagnostic(
                    .repeatedSlips, "`\(feature.id)` has slipped \(item.slipCount) times, more than the \(config.maxSlips) allowed\(detail)",
                    at: at(field),
                    help: "re-plan it honestly: split it, cut scope, or move it to a later horizon; `roadmap log \(feature.id)` lists every slip (limit: `max_slips: \(config.maxSlips)` in roadmap.yml)"))
            }
        }
        return found.compactMap { diagnostic in
            guard let severity = config.severity(of: diagnostic.code) else { return nil }
            var adjusted = diagnostic
            adjusted.severity = severity
            return adjusted
        }
    }
}
