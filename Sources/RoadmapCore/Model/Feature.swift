/// A PRD: one feature of the roadmap, read from a file under the PRDs folder.
public struct Feature: Hashable, Sendable {
    public var id: ItemID
    public var title: String
    public var status: String
    public var owner: String
    public var team: String?
    public var quarter: Quarter?
    public var horizon: Horizon?
    public var start: CalendarDate?
    public var due: CalendarDate?
    /// The OKRs the feature claims to move; only those that resolve are kept.
    public var okrs: [OKRReference]
    /// PRDs this one depends on; only those that resolve are kept.
    public var dependsOn: [ItemID]
    /// PRDs that depend on this one, sorted by id.
    public var dependents: [ItemID] = []
    public var rice: RICE?
    public var tags: [String]
    public var body: Body
    /// The file's path relative to the roadmap root.
    public var path: String
    /// Fields the format does not define, kept for templates and JSON as text.
    public var extra: [String: String] = [:]
    /// True when a diagnostic of severity error points into this file.
    public var hasErrors = false

    public init(id: ItemID, title: String, status: String, owner: String, team: String? = nil,
                quarter: Quarter? = nil, horizon: Horizon? = nil, start: CalendarDate? = nil,
                due: CalendarDate? = nil, okrs: [OKRReference] = [], dependsOn: [ItemID] = [],
                rice: RICE? = nil, tags: [String] = [], body: Body = .empty, path: String) {
        self.id = id
        self.title = title
        self.status = status
        self.owner = owner
        self.team = team
        self.quarter = quarter
        self.horizon = horizon
        self.start = start
        self.due = due
        self.okrs = okrs
        self.dependsOn = dependsOn
        self.rice = rice
        self.tags = tags
        self.body = body
        self.path = path
    }
}
