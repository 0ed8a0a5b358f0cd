import RoadmapCore

/// What the history checks need of each item, gathered in one pass: cheaper than summarising
/// every item when a roadmap has thousands.
struct ItemActivity: Sendable {
    var lastChanged: CommitInfo?
    var slipCount = 0
    var lastSlip: TimelineEntry?
    /// Every change of status, oldest first, for the workflow's `transitions`.
    var statusMoves: [(commit: CommitInfo, from: String, to: String)] = []

    /// Each item's activity, under every id it ever had.
    static func collect(_ history: RoadmapHistory) -> [ItemID: ItemActivity] {
        let (groupOfID, groups) = ItemGrouping.group(history.changes)
        var perGroup = [ItemActivity](repeating: ItemActivity(), count: groups.count)
        for (group, members) in groups.enumerated() {
            var activity = ItemActivity()
            for index in members {
                let change = history.changes[index]
                let commit = history.commits[change.commitIndex]
                activity.lastChanged = commit
                for case .statusChanged(let from?, let to?) in change.events { activity.statusMoves.append((commit, from, to)) }
                if change.isSlip {
                    activity.slipCount += 1
                    activity.lastSlip = TimelineEntry(commit: commit, change: change)
                }
            }
            perGroup[group] = activity
        }
        return groupOfID.mapValues { perGroup[$0] }
    }
}

/// Every item's activity in one history, for the history checks; gathered once, it serves any
/// number of checks of that history.
public struct HistoryActivity: Sendable {
    let byID: [ItemID: ItemActivity]
    /// Every key result's check-ins, by `objective-id/kr-id`.
    public let keyResultSeries: [String: KeyResultSeries]

    public init(_ history: RoadmapHistory) {
        byID = ItemActivity.collect(history)
        keyResultSeries = KeyResultSeries.collect(history)
    }
}
