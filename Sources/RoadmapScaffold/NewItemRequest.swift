import RoadmapCore

/// What the author asked `roadmap new` for.
public struct NewItemRequest: Sendable, Hashable {
    /// PRD or objective.
    public var kind: ItemKind
    /// The title as given; surrounding space is dropped.
    public var title: String
    /// `--id`: used as given instead of one derived from the title.
    public var id: String?
    /// `--team` (PRDs only).
    public var team: String?
    /// `--status` (PRDs only); the workflow's first status when nil.
    public var status: String?
    /// `--okr`, repeatable (PRDs only): `objective` or `objective/kr`.
    public var okrs: [String]
    /// Who the file belongs to (`--owner`, else git's `user.name`).
    public var owner: String
    /// The day of writing, for `{{quarter}}` and `{{date}}`.
    public var today: CalendarDate
    /// `--quarter` as written (`2026-Q3`); the current quarter when nil, none with a horizon.
    public var quarter: String?
    /// `--horizon` as written (PRDs only): now, next or later.
    public var horizon: String?
    /// `--start` as written (PRDs only), YYYY-MM-DD.
    public var start: String?
    /// `--due` as written (PRDs only), YYYY-MM-DD.
    public var due: String?

    /// A request with every option.
    public init(kind: ItemKind, title: String, id: String? = nil, team: String? = nil, status: String? = nil,
                okrs: [String] = [], owner: String, today: CalendarDate, quarter: String? = nil,
                horizon: String? = nil, start: String? = nil, due: String? = nil) {
        self.kind = kind
        self.title = title
        self.id = id
        self.team = team
        self.status = status
        self.okrs = okrs
        self.owner = owner
        self.today = today
        self.quarter = quarter
        self.horizon = horizon
        self.start = start
        self.due = due
    }
}

/// A file `roadmap new` is about to write.
public struct PlannedFile: Sendable, Hashable {
    /// The new item's id.
    public var id: ItemID
    /// Relative to the roadmap root.
    public var path: String
    /// The filled-in template.
    public var contents: String

    /// A planned file from its parts.
    public init(id: ItemID, path: String, contents: String) {
        self.id = id
        self.path = path
        self.contents = contents
    }
}
