import RoadmapCore

/// One entry of an Atom feed of roadmap changes: one commit's change to one item. The site
/// turns these into `<entry>` elements; everything here is plain text (escape it for XML).
public struct FeedEntry: Hashable, Sendable {
    /// Stable and unique: `<commit id>/<item id>`; prefix it with the site's tag URI.
    public var id: String
    /// `saved-cards: status planned → in-progress`.
    public var title: String
    /// RFC 3339 time in the committer's zone, as Atom's `<updated>` wants it.
    public var updated: String
    public var authorName: String
    public var authorEmail: String
    /// The commit message's first line.
    public var summary: String
    public var itemID: ItemID
    public var kind: ItemKind
    /// The item's file (root-relative), to link to its page.
    public var path: String
    public var events: [HistoryEvent]
    public var isSlip: Bool
}

extension RoadmapHistory {
    /// The newest `limit` changes as feed entries, newest first.
    public func feedEntries(limit: Int = 50) -> [FeedEntry] {
        stream().prefix(max(0, limit)).map { entry in
            let change = entry.change, commit = entry.commit
            return FeedEntry(
                id: "\(commit.id)/\(change.id)", title: "\(change.id): " + change.events.map(\.text).joined(separator: ", "),
                updated: commit.timestamp, authorName: commit.authorName, authorEmail: commit.authorEmail,
                summary: commit.summary, itemID: change.id, kind: change.kind, path: change.path, events: change.events,
                isSlip: change.isSlip)
        }
    }

    /// When the roadmap last changed: the newest commit with a change, for the feed's `<updated>`.
    public var lastUpdated: CommitInfo? { commits.max { $0.time < $1.time } }
}
