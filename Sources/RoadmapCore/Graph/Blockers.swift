/// An unfinished PRD and how much unfinished work waits on it.
public struct Blocker: Sendable, Equatable {
    public let id: ItemID
    /// Unfinished PRDs that wait on it, directly or through other unfinished PRDs.
    public let blocked: Int
    /// Of those, the ones that name it in their own `depends_on`.
    public let direct: Int

    public init(id: ItemID, blocked: Int, direct: Int) {
        self.id = id
        self.blocked = blocked
        self.direct = direct
    }
}

extension WorkGraph {
    /// The unfinished PRDs that hold up the most unfinished work, most first, ties by id; only
    /// those that hold up something. The walk goes through unfinished PRDs only (a finished PRD
    /// holds nothing up) and marks what it has seen, so cycles end.
    public func blockers(top limit: Int) -> [Blocker] {
        var seen = Array(repeating: -1, count: count)
        var queue: [Int] = []
        var found: [Blocker] = []
        for node in 0..<count where isUnfinished[node] {
            let direct = downstream[node].filter { isUnfinished[$0] }
            guard !direct.isEmpty else { continue }
            queue.removeAll(keepingCapacity: true)
            seen[node] = node
            for d in direct where seen[d] != node { seen[d] = node; queue.append(d) }
            var head = 0
            while head < queue.count {
                let next = queue[head]
                head += 1
                for d in downstream[next] where isUnfinished[d] && seen[d] != node {
                    seen[d] = node
                    queue.append(d)
                }
            }
            found.append(Blocker(id: features[node].id, blocked: queue.count, direct: direct.count))
        }
        // Nodes are in id order, so a stable sort by count keeps ties by id.
        return Array(found.sorted { $0.blocked > $1.blocked }.prefix(limit))
    }
}
