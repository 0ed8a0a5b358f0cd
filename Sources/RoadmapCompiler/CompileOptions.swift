import RoadmapCore

/// What a compilation needs from outside the roadmap's files, given by the caller so the
/// compiler itself reads no clock and no git configuration.
public struct CompileOptions: Sendable, Hashable {
    /// The day overdue work is measured against (RM308); nil skips that check.
    public var today: CalendarDate?
    /// git's `user.name`, offered as the `owner` of a PRD that has none.
    public var gitUserName: String?

    public init(today: CalendarDate? = nil, gitUserName: String? = nil) {
        self.today = today
        self.gitUserName = gitUserName
    }
}
