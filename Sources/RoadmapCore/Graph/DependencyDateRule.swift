/// The one rule for dates along a dependency (RM509 `dependency-due-later`): work that waits on a
/// PRD must not start before that PRD is due, or, when it has no start, must not be due before
/// it. Only open work is held to it (a status of the workflow that is not done): finished work
/// waits on nothing. The checker and the dependency graph both ask here, so they never disagree.
public enum DependencyDateRule {
    public enum Conflict: Sendable, Equatable {
        /// The dependent starts on `start`, before its dependency is due.
        case startsBeforeDependencyDue(start: CalendarDate, dependencyDue: CalendarDate)
        /// The dependent has no start and is due on `due`, before its dependency.
        case dueBeforeDependencyDue(due: CalendarDate, dependencyDue: CalendarDate)
    }

    /// Whether the rule applies to a PRD of this status.
    public static func isOpen(_ feature: Feature, config: RoadmapConfig) -> Bool {
        config.statuses.contains(feature.status) && !config.doneStatuses.contains(feature.status)
    }

    /// How `dependent` breaks the rule against `dependency`, or nil when it does not.
    public static func conflict(dependent: Feature, dependency: Feature, config: RoadmapConfig) -> Conflict? {
        guard isOpen(dependent, config: config), isOpen(dependency, config: config),
              let theirDue = dependency.due else { return nil }
        if let start = dependent.start {
            return theirDue > start ? .startsBeforeDependencyDue(start: start, dependencyDue: theirDue) : nil
        }
        if let due = dependent.due, theirDue > due { return .dueBeforeDependencyDue(due: due, dependencyDue: theirDue) }
        return nil
    }
}
