import RoadmapCore

/// What one commit did to one PRD or objective.
public struct ItemChange: Hashable, Sendable {
    /// Index into `RoadmapHistory.commits`.
    public var commitIndex: Int
    public var kind: ItemKind
    /// The item's id after the commit (before it, for a removal).
    public var id: ItemID
    /// The file after the commit (before it, for a removal), root-relative.
    public var path: String
    /// In the order the fields appear in a file; never empty (`.edited` at least).
    public var events: [HistoryEvent]

    /// A change as mined.
    public init(commitIndex: Int, kind: ItemKind, id: ItemID, path: String, events: [HistoryEvent]) {
        self.commitIndex = commitIndex
        self.kind = kind
        self.id = id
        self.path = path
        self.events = events
    }

    /// True when any event moved a date, quarter or horizon later.
    public var isSlip: Bool { events.contains(where: \.isSlip) }
}
