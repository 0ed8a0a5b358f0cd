import RoadmapCore

/// Dates measured against today and against other PRDs: overdue work (RM308) and dependencies
/// due after the work that waits on them starts (RM509). Done work is never checked.
enum ScheduleChecks {
    static func check(_ features: [FeatureDraft], graph: DependencyGraph, config: RoadmapConfig,
                      today: CalendarDate?) -> [Diagnostic] {
        // Indices, not drafts: a dictionary of 10,000 drafts copied each one.
        let indexByID = Dictionary(features.indices.map { (features[$0].feature.id, $0) }, uniquingKeysWith: { a, _ in a })
        return check(sources: features, graph: graph, config: config, today: today) { id in indexByID[id].map { features[$0] } }
    }

    /// The diagnostics of `sources` alone (each located in its own file), looking up the PRDs
    /// they depend on with `draft`: what a session checks again for PRDs whose status or dates
    /// changed, and for the PRDs that wait on them.
    static func check(sources: some Sequence<FeatureDraft>, graph: DependencyGraph, config: RoadmapConfig,
                      today: CalendarDate?, draft: (ItemID) -> FeatureDraft?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for source in sources where DependencyDateRule.isOpen(source.feature, config: config) {
            let feature = source.feature
            if let today, let due = feature.due, due < today, let at = source.dueLocation {
                let days = today.ordinal - due.ordinal
                diagnostics.append(Diagnostic(
                    .overdue, "this PRD was due on \(due), \(days) day\(days == 1 ? "" : "s") before today (\(today)), but it is still \(feature.status)",
                    at: at, help: "move `due` to the day the work will be done; if it is over, set its status to \(config.doneStatuses.map { "`\($0)`" }.joined(separator: " or "))"))
            }
            for edge in graph.edges(of: feature.id) {
                guard let dependency = draft(edge.target),
                      let conflict = DependencyDateRule.conflict(dependent: feature, dependency: dependency.feature, config: config)
                else { continue }
                let notes: [Diagnostic.Note] = dependency.dueLocation.map { [.init("`\(edge.target)` is due here", at: $0)] } ?? []
                switch conflict {
                case let .startsBeforeDependencyDue(start, theirDue):
                    diagnostics.append(Diagnostic(
                        .dependencyDueLater, "this PRD starts on \(start), but `\(edge.target)`, which it depends on, is due \(theirDue)",
                        at: edge.location, help: "start after \(theirDue), bring the `due` of `\(edge.target)` forward, or drop the dependency",
                        notes: notes))
                case let .dueBeforeDependencyDue(due, theirDue):
                    diagnostics.append(Diagnostic(
                        .dependencyDueLater, "this PRD is due \(due), but `\(edge.target)`, which it depends on, is due later, \(theirDue)",
                        at: edge.location, help: "move this PRD's `due` after \(theirDue), bring the `due` of `\(edge.target)` forward, or drop the dependency",
                        notes: notes))
                }
            }
        }
        return diagnostics
    }

    /// The codes `check` gives, each located in the file of the PRD it is about.
    static let codes: Set<DiagnosticCode> = [.overdue, .dependencyDueLater]
}
