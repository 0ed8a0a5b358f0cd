import RoadmapCore

/// What a compilation needs from outside the roadmap's files, given by the caller so the
/// compiler itself reads no clock and no git configuration.
public struct CompileOptions: Sendable, Hashable {
    /// The day overdue work is measured against (RM308); nil skips that check.
    public var today: CalendarDate?
    /// git's `user.name`, offered as the `owner` of a PRD that has none.
    public var gitUserName: String?
    /// Whether the roadmap is compiled as one source of a portfolio: its `source:id` references
    /// are then left in `Compilation.external` for the portfolio's linker instead of reported.
    public var portfolioMember: Bool

    public init(today: CalendarDate? = nil, gitUserName: String? = nil, portfolioMember: Bool = false) {
        self.today = today
        self.gitUserName = gitUserName
        self.portfolioMember = portfolioMember
    }
}
