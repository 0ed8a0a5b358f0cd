import RoadmapHistory

/// What the cache keeps between runs: the mined commits and changes up to `head`.
package struct HistoryState: Sendable {
    var head: String?
    var commits: [CommitInfo] = []
    var changes: [ItemChange] = []

    /// Appends `later` (commits mined after this state's), renumbering its changes' commits.
    mutating func append(_ later: HistoryState) {
        let offset = commits.count
        commits += later.commits
        changes.reserveCapacity(changes.count + later.changes.count)
        for var change in later.changes {
            change.commitIndex += offset
            changes.append(change)
        }
    }

    /// The commits and changes after the first `commitCount` commits, numbered from zero.
    func suffix(after commitCount: Int) -> HistoryState {
        var later = HistoryState(head: head)
        later.commits = Array(commits[commitCount...])
        later.changes = changes.filter { $0.commitIndex >= commitCount }.map { change in
            var moved = change
            moved.commitIndex -= commitCount
            return moved
        }
        return later
    }
}
