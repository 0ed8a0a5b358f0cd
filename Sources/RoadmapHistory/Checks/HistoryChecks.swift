import RoadmapCore

/// Checks that need the roadmap's history: PRDs in progress that nobody touches (RM950), PRDs
/// whose plan keeps slipping (RM951), key results projected to miss (RM970) or without a recent
/// check-in (RM971), and status changes the workflow's `transitions` (as
/// roadmap.yml has them now) do not allow (RM320). Severities follow the roadmap's `rules`.
public enum HistoryChecks {
    /// Finds where a field is written in a file, to point the diagnostic at it; nil for line 1.
    public typealias Locate = (_ path: String, _ field: String) -> SourceLocation?

    /// A diagnostic and the front-matter field it is about (`status` for a stale PRD; `due`,
    /// `quarter` or `horizon` for slips), for callers that place it after the fact.
    public struct Finding: Sendable {
        public var diagnostic: Diagnostic
        /// Nil when the diagnostic is placed already (a key result's findings point at its id).
        public var field: String?
    }

    /// The diagnostics for `roadmap`'s PRDs. `today` is the day the roadmap is checked at: the
    /// day of the commit being checked (of `HEAD` for the working tree), never the machine's
    /// clock, so every machine gives the same answer for the same commit.
    public static func diagnostics(for roadmap: Roadmap, history: RoadmapHistory, today: CalendarDate,
                                   locate: Locate = { _, _ in nil }) -> [Diagnostic] {
        findings(for: roadmap, history: history, today: today).map { finding in
            guard let path = finding.diagnostic.location?.path, let field = finding.field, let place = locate(path, field) else { return finding.diagnostic }
            var placed = finding.diagnostic
            placed.location = place
            return placed
        }
    }

    /// The same, each at line 1 of its file, with the field it is about.
    /// `activity`: the history's activity gathered before, by a caller that checks one history
    /// many times (a preview server).
    public static func findings(for roadmap: Roadmap, history: RoadmapHistory, today: CalendarDate,
                                activity gathered: HistoryActivity? = nil) -> [Finding] {
        let config = roadmap.config
        let staleStatus = config.statuses.contains("in-progress") ? "in-progress" : config.activeStatuses.last
        var found: [Finding] = []
        let gatheredActivity = gathered ?? HistoryActivity(history)
        let activity = gatheredActivity.byID
        for feature in roadmap.features {
            guard let item = activity[feature.id] else { continue }
            let top = SourceLocation(path: feature.path, line: 1)
            if feature.status == staleStatus, let last = item.lastChanged {
                let days = HistoryTime.days(from: last.day, to: today)
                if days > config.staleAfterDays {
                    found.append(Finding(diagnostic: Diagnostic(
                        .stalePRD, "`\(feature.id)` is \(feature.status) but no commit has touched it for \(days) days (since \(last.day), \(last.shortID) by \(last.authorName))",
                        at: top,
                        help: "update its status, or write down what is happening; `roadmap log \(feature.id)` shows its history (limit: `stale_after_days: \(config.staleAfterDays)` in roadmap.yml)"),
                        field: "status"))
                }
            }
            for move in item.statusMoves {
                guard var d = config.transitionDiagnostic(from: move.from, to: move.to, id: feature.id.rawValue, at: top) else { continue }
                d.message += " (in \(move.commit.shortID) on \(move.commit.day) by \(move.commit.authorName))"
                found.append(Finding(diagnostic: d, field: "status"))
            }
            if item.slipCount > config.maxSlips, !config.doneStatuses.contains(feature.status) {
                let field = feature.due != nil ? "due" : feature.quarter != nil ? "quarter" : "horizon"
                let detail = item.lastSlip.map { entry in
                    " (last on \(entry.commit.day) by \(entry.commit.authorName): \(entry.change.events.filter(\.isSlip).map(\.plainText).joined(separator: ", ")))"
                } ?? ""
                found.append(Finding(diagnostic: Diagnostic(
                    .repeatedSlips, "`\(feature.id)` has slipped \(item.slipCount) time\(item.slipCount == 1 ? "" : "s"), more than the \(config.maxSlips) allowed\(detail)",
                    at: top,
                    help: "re-plan it honestly: split it, cut scope, or move it to a later horizon; `roadmap log \(feature.id)` lists every slip (limit: `max_slips: \(config.maxSlips)` in roadmap.yml)"),
                    field: field))
            }
        }
        found += KeyResultChecks.findings(for: roadmap, series: gatheredActivity.keyResultSeries, today: today)
        return found.compactMap { finding in
            guard let severity = config.severity(of: finding.diagnostic.code) else { return nil }
            var adjusted = finding
            adjusted.diagnostic.severity = severity
            return adjusted
        }
    }
}
