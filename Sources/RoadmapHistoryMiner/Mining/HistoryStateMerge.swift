import RoadmapSources
import RoadmapHistory

/// Adds freshly walked commits to a cached state, and drops commits a rewrite removed.
enum HistoryStateMerge {
    /// `state` with the changes of `fresh` (parents before children) appended.
    static func appending(_ fresh: [CommitChanges], to state: HistoryState, walker: HistoryWalker,
                          builder: ChangeBuilder) throws(SourceError) -> HistoryState {
        var snapshots = SnapshotTable()
        snapshots.load(fresh.flatMap(builder.keys), from: walker.repository)
        var next = state
        var renameError: SourceError?
        for commit in fresh where !commit.changes.isEmpty {
            let index = next.commits.count
            let changes = builder.build(commit, index: index, snapshots: snapshots) { deleted, added in
                do throws(SourceError) {
                    return try walker.similarRenames(commit: commit.commit.id, deleted: deleted.map(\.path), added: added.map(\.path))
                } catch {
                    renameError = error
                    return []
                }
            }
            if let renameError { throw renameError }
            guard !changes.isEmpty else { continue }
            next.commits.append(CommitInfo(commit.commit))
            next.changes += changes
        }
        return next
    }

    /// Only the commits in `reachable`, with their changes renumbered.
    static func keeping(_ state: HistoryState, reachable: Set<String>) -> HistoryState {
        var kept = HistoryState(head: state.head)
        var newIndex: [Int: Int] = [:]
        for (index, commit) in state.commits.enumerated() where reachable.contains(commit.id) {
            newIndex[index] = kept.commits.count
            kept.commits.append(commit)
        }
        for change in state.changes {
            guard let index = newIndex[change.commitIndex] else { continue }
            var moved = change
            moved.commitIndex = index
            kept.changes.append(moved)
        }
        return kept
    }
}

extension CommitInfo {
    /// The facts of a mined commit that the history keeps.
    init(_ commit: HistoryCommit) {
        self.init(id: commit.id, authorName: commit.author.name, authorEmail: commit.author.email,
                  time: commit.committer.time, offsetMinutes: commit.committer.offsetMinutes,
                  summary: commit.summary, isMerge: commit.isMerge)
    }
}
