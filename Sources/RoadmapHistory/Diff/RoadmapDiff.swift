import RoadmapCore

/// What changed in the roadmap between two revisions, item by item, from the files as written
/// at each end (whatever happened in between).
public struct RoadmapDiff: Sendable {
    /// One PRD or objective that differs between the two ends.
    public struct Entry: Hashable, Sendable {
        public enum Change: String, Hashable, Sendable { case added, removed, changed }

        public var kind: ItemKind
        /// The id at the newer end (at the older one for a removal).
        public var id: ItemID
        public var title: String?
        public var path: String
        public var change: Change
        /// For an addition its starting values; for a change what differs; for a removal `.removed`.
        public var events: [HistoryEvent]

        /// Its status changed to the shipping one (an item added as shipped is only added).
        public var shipped = false
        /// Its status became a done status other than the shipping one (`dropped`).
        public var dropped = false

        /// An entry as the differ finds it; `shipped` and `dropped` are set afterwards.
        package init(kind: ItemKind, id: ItemID, title: String?, path: String, change: Change, events: [HistoryEvent]) {
            self.kind = kind
            self.id = id
            self.title = title
            self.path = path
            self.change = change
            self.events = events
        }

        /// True when a date, quarter or horizon moved later.
        public var isSlip: Bool { events.contains(where: \.isSlip) }
    }

    /// The older end.
    public var from: CommitInfo
    /// The newer end.
    public var to: CommitInfo
    /// Items whose plan differs, PRDs first, then by id.
    public var entries: [Entry]
    /// Items whose files changed with no difference in the followed fields (body edits, moves).
    public var unchangedPlans: Int

    /// A diff between two commits.
    public init(from: CommitInfo, to: CommitInfo, entries: [Entry], unchangedPlans: Int) {
        self.from = from
        self.to = to
        self.entries = entries
        self.unchangedPlans = unchangedPlans
    }

    /// The entries grouped for reading: shipped, dropped, added, removed, status changes, dates
    /// moved, OKR links, RICE, objectives, key results, renamed. Empty sections are left out.
    public var sections: [DiffSection] { DiffSection.sections(of: self) }
}

/// A group of related changes, for people: a heading and one line per item.
public struct DiffSection: Hashable, Sendable {
    /// One item's line: the item and the events that belong in this section.
    public struct Line: Hashable, Sendable {
        public var entry: RoadmapDiff.Entry
        public var events: [HistoryEvent]
    }

    /// A stable key: `shipped`, `dropped`, `added`, `removed`, `status`, `dates`, `okrs`,
    /// `rice`, `objectives`, `key-results`, `renamed`.
    public var key: String
    public var title: String
    public var lines: [Line]
}
