import RoadmapCore
import RoadmapHistory

/// The roadmap's git history as the site needs it, computed once per build: each item's history
/// by id, the site's "last updated" day, and a digest so pages re-render when history changes.
/// Every date comes from commits, never from the clock, so two builds of one history are identical.
final class SiteHistory: Sendable {
    let history: RoadmapHistory
    /// By current id and by every former id.
    let items: [ItemID: ItemHistory]
    /// The UTC day of the newest commit that changed the roadmap.
    let lastUpdated: String
    /// The newest commit that changed the roadmap, for the feed's `<updated>`.
    let lastCommit: CommitInfo
    /// Stable id prefix for the feed: a tag URI naming the history's first commit.
    let tagBase: String
    /// Titles and key-result units of the roadmap being built, to describe changes with.
    let words: ChangeText
    /// Gathered once: a preview reuses this history for every plan until HEAD moves.
    let activity: HistoryActivity
    let months: [ChangePeriod]
    let quarters: [ChangePeriod]
    let feedEntries: [FeedEntry]

    /// Nil for a history without commits: the site then shows no history at all.
    init?(_ history: RoadmapHistory, words: ChangeText = ChangeText()) {
        guard let last = history.lastUpdated, let first = history.commits.first else { return nil }
        self.history = history
        let items = history.itemsByID
        self.items = items
        // A change made under a former id is still about the item as it is called now.
        var words = words
        for (id, item) in items where words.titles[id] == nil {
            if let title = words.titles[item.id] { words.titles[id] = title }
        }
        self.words = words
        lastCommit = last
        lastUpdated = last.day.description
        tagBase = "tag:roadmap,\(first.day):\(first.id)"
        activity = HistoryActivity(history)
        months = history.changesByMonth()
        quarters = history.changesByQuarter()
        feedEntries = history.feedEntries(limit: AtomFeed.entryLimit)
    }

    func item(_ id: ItemID) -> ItemHistory? { items[id] }

    /// How many times the item's plan slipped, as text so that 0 still shows in templates.
    func slips(_ id: ItemID) -> String { String(items[id]?.slipCount ?? 0) }
}
