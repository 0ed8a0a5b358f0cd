/// The `depends_on` graph of a compiled roadmap, with PRDs numbered in id order so the analyses
/// (critical path, blockers, date-rule edges, neighbourhoods) work on integers and break ties by
/// id simply by comparing numbers. Shared by the site, the CLI and the servers; pure, no I/O.
public struct WorkGraph: Sendable {
    public let config: RoadmapConfig
    /// Every PRD, sorted by id; a node's number is its index here.
    public let features: [Feature]
    /// The dependencies of each node (what it waits on), ascending.
    public let upstream: [[Int]]
    /// The dependents of each node (what waits on it), ascending.
    public let downstream: [[Int]]
    /// Not in a done status: the work the critical path and the blockers are made of.
    public let isUnfinished: [Bool]
    /// The strongly connected component of each node; an edge inside one (of more than one node)
    /// is part of a cycle, reported as RM506, and ignored by the analyses so they end.
    let component: [Int]
    let componentSize: [Int]
    private let number: [ItemID: Int]

    public init(_ roadmap: Roadmap) {
        config = roadmap.config
        features = roadmap.features.sorted { $0.id < $1.id }
        number = Dictionary(features.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let number = number
        upstream = features.map { Array(Set($0.dependsOn.compactMap { number[$0] })).sorted() }
        var down = Array(repeating: [Int](), count: features.count)
        for (node, dependencies) in upstream.enumerated() { for d in dependencies { down[d].append(node) } }
        downstream = down
        let done = Set(roadmap.config.doneStatuses)
        isUnfinished = features.map { !done.contains($0.status) }
        var component = Array(repeating: 0, count: features.count), sizes: [Int] = []
        for (index, members) in StronglyConnected.components(of: down).enumerated() {
            for m in members { component[m] = index }
            sizes.append(members.count)
        }
        self.component = component
        componentSize = sizes
    }

    public var count: Int { features.count }

    public func node(_ id: ItemID) -> Int? { number[id] }

    public func id(_ node: Int) -> ItemID { features[node].id }

    /// Whether the edge from `dependency` to `dependent` closes a cycle.
    public func isInCycle(_ dependency: Int, _ dependent: Int) -> Bool {
        component[dependency] == component[dependent] && componentSize[component[dependency]] > 1
    }

    /// The edges between unfinished PRDs that are not part of a cycle: the work still to do, a
    /// directed acyclic graph. Per node, its unfinished dependencies.
    func openUpstream(_ node: Int) -> [Int] {
        upstream[node].filter { isUnfinished[$0] && !isInCycle($0, node) }
    }

    /// Nodes of the open work in an order where every dependency comes before what waits on it
    /// (Kahn's algorithm, smallest number first among the ready ones for a stable order).
    func openTopologicalOrder() -> [Int] {
        var waiting = Array(repeating: 0, count: count)
        var ready: [Int] = []
        for node in 0..<count where isUnfinished[node] {
            waiting[node] = openUpstream(node).count
            if waiting[node] == 0 { ready.append(node) }
        }
        var order: [Int] = []
        order.reserveCapacity(count)
        var head = 0
        while head < ready.count {
            let node = ready[head]
            head += 1
            order.append(node)
            for next in downstream[node] where isUnfinished[next] && !isInCycle(node, next) {
                waiting[next] -= 1
                if waiting[next] == 0 { ready.append(next) }
            }
        }
        return order
    }
}
