/// The PRDs around one PRD: what it waits on and what waits on it, up to a few steps away.
public struct Neighbourhood: Sendable, Equatable {
    public struct Member: Sendable, Equatable {
        public let id: ItemID
        /// Steps from the PRD: 1 for a direct dependency or dependent.
        public let distance: Int
    }

    public let center: ItemID
    /// Dependencies, dependencies of those, and so on; by distance, then id.
    public let upstream: [Member]
    /// Dependents and theirs; by distance, then id.
    public let downstream: [Member]

    /// Every PRD of the neighbourhood, the center included, sorted by id.
    public var ids: [ItemID] { ([center] + upstream.map(\.id) + downstream.map(\.id)).sorted() }
}

extension WorkGraph {
    /// The neighbourhood of `id` to `depth` steps each way (at least 1), whatever the statuses;
    /// nil when no PRD has that id.
    public func neighbourhood(of id: ItemID, depth: Int) -> Neighbourhood? {
        guard let center = node(id) else { return nil }
        return Neighbourhood(center: id, upstream: walk(from: center, upstream, depth: depth),
                             downstream: walk(from: center, downstream, depth: depth))
    }

    /// What `id` waits on, to `depth` steps (at least 1), by distance then id; empty for no PRD.
    /// One direction only: every PRD page asks this, and walking downstream too cost as much again.
    public func upstream(of id: ItemID, depth: Int) -> [Neighbourhood.Member] {
        node(id).map { walk(from: $0, upstream, depth: depth) } ?? []
    }

    private func walk(from center: Int, _ edges: [[Int]], depth: Int) -> [Neighbourhood.Member] {
        var distance: [Int: Int] = [center: 0]
        var frontier = [center]
        for step in 1...max(1, depth) {
            var next: [Int] = []
            for node in frontier {
                for other in edges[node] where distance[other] == nil {
                    distance[other] = step
                    next.append(other)
                }
            }
            frontier = next
        }
        distance[center] = nil
        return distance.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            .map { Neighbourhood.Member(id: features[$0.key].id, distance: $0.value) }
    }
}
