import RoadmapCore

/// Folds an item's timeline into the facts shown about it.
enum ItemSummary {
    static func make(timeline: [TimelineEntry], shippedStatus: String?) -> ItemHistory {
        guard let last = timeline.last?.change else { preconditionFailure("an item has at least one change") }
        var ids: [ItemID] = []
        var status: String?
        var statusSince: CommitInfo?
        var removed = false
        for entry in timeline {
            if ids.last != entry.change.id { ids.removeAll { $0 == entry.change.id }; ids.append(entry.change.id) }
            for event in entry.change.events {
                switch event {
                case .statusChanged(_, let to):
                    status = to
                    statusSince = entry.commit
                case .created: removed = false
                case .removed: removed = true
                default: break
                }
            }
        }
        let shipped = status != nil && status == shippedStatus ? statusSince : nil
        return ItemHistory(
            id: last.id, formerIDs: ids.filter { $0 != last.id }, kind: last.kind, path: last.path, timeline: timeline,
            contributors: Contributors.collect(timeline.map(\.commit)), status: status, isRemoved: removed,
            shipped: shipped, slipCount: timeline.count { $0.change.isSlip })
    }
}

/// People behind a list of commits; a commit counts once per person even when it changed several items.
enum Contributors {
    static func collect(_ commits: [CommitInfo]) -> [Contributor] {
        var order: [String] = []
        var byKey: [String: Contributor] = [:]
        var lastCommit: [String: String] = [:]
        for commit in commits {
            let key = commit.authorEmail.isEmpty ? commit.authorName : commit.authorEmail.lowercased()
            if var known = byKey[key] {
                if lastCommit[key] != commit.id { known.commits += 1 }
                known.last = commit
                byKey[key] = known
            } else {
                order.append(key)
                byKey[key] = Contributor(name: commit.authorName, email: commit.authorEmail, commits: 1, first: commit, last: commit)
            }
            lastCommit[key] = commit.id
        }
        return order.compactMap { byKey[$0] }
    }
}
