import Foundation
import RoadmapCore

/// The roadmap's history as mined from git: every commit that changed a PRD or objective, what
/// it changed, and each item's life followed across moves, renames and id changes.
///
/// Items are told apart by id: a file moved with the same id is the same item, and an id changed
/// in a file (or with a rename) joins the old and the new id into one item.
public struct RoadmapHistory: Sendable {
    /// The commit the history ends at; nil for a repository without commits.
    public let head: String?
    /// Commits that changed the roadmap, oldest first (parents before children).
    public let commits: [CommitInfo]
    /// Every change, oldest first; `commitIndex` points into `commits`.
    public let changes: [ItemChange]
    /// True when the repository is a shallow clone: the oldest commits are missing, so creation
    /// dates and early changes are wrong (everything seems created in the oldest fetched commit).
    public let isShallow: Bool
    /// The status that counts as shipped: `shipped` when the workflow has it, else its first done status.
    public let shippedStatus: String?
    /// Ids joined by an id change, both ways: the few edges that make two ids one item.
    private let links: [ItemID: [ItemID]]
    /// `items`, computed once: a preview asks for it on every update of an unchanged history.
    private let itemsMemo = Locked<[ItemHistory]?>(nil)
    private let itemsByIDMemo = Locked<[ItemID: ItemHistory]?>(nil)

    /// A history of `changes` made by `commits`; `config` names the shipping status.
    public init(head: String?, commits: [CommitInfo], changes: [ItemChange], isShallow: Bool, config: RoadmapConfig) {
        self.head = head
        self.commits = commits
        self.changes = changes
        self.isShallow = isShallow
        shippedStatus = config.statuses.contains("shipped") ? "shipped" : config.doneStatuses.first
        links = ItemGrouping.links(changes)
    }

    /// A history of `changes` made by `commits` whose shipping status is known already (a part of another history).
    init(head: String?, commits: [CommitInfo], changes: [ItemChange], isShallow: Bool, shippedStatus: String?) {
        self.head = head
        self.commits = commits
        self.changes = changes
        self.isShallow = isShallow
        self.shippedStatus = shippedStatus
        links = ItemGrouping.links(changes)
    }

    /// The history of the item that has, or once had, the id `id`.
    public func item(_ id: ItemID) -> ItemHistory? {
        // Every id joined to this one through id changes, then their changes in order: one pass,
        // without grouping the whole history (this is what `roadmap log ID` runs).
        var ids: Set<ItemID> = [id]
        var pending = [id]
        while let next = pending.popLast() {
            for other in links[next] ?? [] where ids.insert(other).inserted { pending.append(other) }
        }
        let members = ids.count == 1 ? changes.filter { $0.id == id } : changes.filter { ids.contains($0.id) }
        guard !members.isEmpty else { return nil }
        return summary(members)
    }

    /// Every item that ever existed, sorted by its latest id. Groups the whole history: call once.
    public var items: [ItemHistory] {
        itemsMemo.once {
            ItemGrouping.group(changes).1.map { group in summary(group.map { changes[$0] }) }.sorted { $0.id < $1.id }
        }
    }

    /// Every item by each id it ever had (its current id and its former ones): for looking up
    /// many items at once, where `item(_:)` would scan the history once per item.
    public var itemsByID: [ItemID: ItemHistory] {
        itemsByIDMemo.once {
            var byID: [ItemID: ItemHistory] = [:]
            for item in items {
                byID[item.id] = item
                for former in item.formerIDs where byID[former] == nil { byID[former] = item }
            }
            return byID
        }
    }

    /// Changes to the roadmap, newest first, whose commit's UTC day is within `since...until`
    /// (either end open when nil).
    public func stream(since: CalendarDate? = nil, until: CalendarDate? = nil) -> [TimelineEntry] {
        var result: [TimelineEntry] = []
        for change in changes.reversed() {
            let commit = commits[change.commitIndex]
            if let since, commit.day < since { continue }
            if let until, commit.day > until { continue }
            result.append(TimelineEntry(commit: commit, change: change))
        }
        return result
    }

    /// Who changed the roadmap at all, in the order they first did.
    public var contributors: [Contributor] {
        Contributors.collect(changes.map { commits[$0.commitIndex] })
    }

    private func summary(_ members: [ItemChange]) -> ItemHistory {
        let timeline = members.map { TimelineEntry(commit: commits[$0.commitIndex], change: $0) }
        return ItemSummary.make(timeline: timeline, shippedStatus: shippedStatus)
    }
}
