import RoadmapCore

/// One commit's change to an item, with the commit.
public struct TimelineEntry: Hashable, Sendable {
    public var commit: CommitInfo
    public var change: ItemChange

    /// A change and its commit.
    public init(commit: CommitInfo, change: ItemChange) {
        self.commit = commit
        self.change = change
    }
}

/// Someone who changed an item (or the roadmap), with how often and when.
public struct Contributor: Hashable, Sendable {
    public var name: String
    public var email: String
    /// Commits by this person among the ones counted.
    public var commits: Int
    public var first: CommitInfo
    public var last: CommitInfo
}

/// The whole life of one PRD or objective in git: followed across moves, renames and id changes.
public struct ItemHistory: Sendable {
    /// The id it has now (or had when it was removed).
    public var id: ItemID
    /// Ids it had before, oldest first.
    public var formerIDs: [ItemID]
    public var kind: ItemKind
    /// Its file now (or when it was removed).
    public var path: String
    /// Every change, oldest first.
    public var timeline: [TimelineEntry]
    /// Who changed it, in the order they first did.
    public var contributors: [Contributor]
    /// The status it has at the end of the history, when known.
    public var status: String?
    /// True when its file is gone at the end of the history.
    public var isRemoved: Bool
    /// The commit that made its current status the shipping one (`shipped`, or the workflow's
    /// first done status); nil unless it is shipped now.
    public var shipped: CommitInfo?
    /// How many commits moved its `due`, `quarter` or `horizon` later.
    public var slipCount: Int

    /// The commit that first created it. In a shallow clone this is only the oldest commit fetched.
    public var created: CommitInfo? { timeline.first { $0.change.events.contains { if case .created = $0 { true } else { false } } }?.commit }
    /// The last commit that changed it.
    public var lastChanged: CommitInfo? { timeline.last?.commit }
    /// Each status change, oldest first, including the status it was created with.
    public var statusChanges: [(commit: CommitInfo, from: String?, to: String?)] {
        timeline.flatMap { entry in
            entry.change.events.compactMap { event in
                if case .statusChanged(let from, let to) = event { (entry.commit, from, to) } else { nil }
            }
        }
    }
}
