/// The part of the dependency graph to draw, as plain values any renderer (DOT, Mermaid, the
/// site) turns into its own format: nodes sorted by id, edges by dependency then dependent, so
/// the same roadmap always gives the same output. Edges point from the PRD that must come first
/// to the one that waits on it.
public struct DependencyDrawing: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        public let id: ItemID
        public let title: String
        public let status: String
        public let category: StatusCategory
        /// Its due date, else its quarter's last day.
        public let end: CalendarDate?
        public let onCriticalPath: Bool
        /// The PRD a neighbourhood is drawn around.
        public let isCenter: Bool

        public init(id: ItemID, title: String, status: String, category: StatusCategory, end: CalendarDate?,
                    onCriticalPath: Bool, isCenter: Bool) {
            self.id = id
            self.title = title
            self.status = status
            self.category = category
            self.end = end
            self.onCriticalPath = onCriticalPath
            self.isCenter = isCenter
        }
    }

    public struct Edge: Sendable, Equatable {
        public let dependency: ItemID
        public let dependent: ItemID
        /// The dependency is due after the dependent starts (RM509's rule).
        public let breaksDateRule: Bool
        public let onCriticalPath: Bool

        public init(dependency: ItemID, dependent: ItemID, breaksDateRule: Bool, onCriticalPath: Bool) {
            self.dependency = dependency
            self.dependent = dependent
            self.breaksDateRule = breaksDateRule
            self.onCriticalPath = onCriticalPath
        }
    }

    public let nodes: [Node]
    public let edges: [Edge]
    /// PRDs that passed the filter but were left out by its node cap.
    public let leftOut: Int

    public init(nodes: [Node], edges: [Edge], leftOut: Int = 0) {
        self.nodes = nodes
        self.edges = edges
        self.leftOut = leftOut
    }
}

extension WorkGraph {
    /// The drawing `filter` asks for. Without `around`, only PRDs with an edge to another drawn
    /// PRD are drawn: a graph of dependencies has nothing to say about the rest.
    public func drawing(_ filter: GraphFilter, criticalPath: CriticalPath?, dateRuleEdges: [DateRuleEdge]) -> DependencyDrawing {
        var keep = Array(repeating: false, count: count)
        let center = filter.around.flatMap(node)
        if let center, let around = filter.around, let hood = neighbourhood(of: around, depth: filter.depth) {
            for id in hood.ids { if let n = node(id) { keep[n] = true } }
            keep[center] = true
        } else if filter.around == nil {
            for n in 0..<count { keep[n] = filter.includeDone || isUnfinished[n] }
        }
        if !filter.teams.isEmpty {
            let teams = Set(filter.teams.map { $0.lowercased() })
            for n in 0..<count where keep[n] && n != center {
                keep[n] = features[n].team.map { teams.contains($0.lowercased()) } ?? false
            }
        }
        if center == nil {
            var linked = Array(repeating: false, count: count)
            for n in 0..<count where keep[n] {
                for d in upstream[n] where keep[d] { linked[n] = true; linked[d] = true }
            }
            keep = linked
        }
        var leftOut = 0
        if let cap = filter.nodeCap {
            let chosen = capped(keep, cap: cap, criticalPath: criticalPath)
            leftOut = keep.filter { $0 }.count - chosen.filter { $0 }.count
            keep = chosen
        }
        let critical = Set((criticalPath?.steps ?? []).compactMap { node($0.id) })
        let criticalEdges = Set(zip(criticalPath?.steps ?? [], (criticalPath?.steps ?? []).dropFirst()).map { "\($0.id) \($1.id)" })
        let broken = Set(dateRuleEdges.map { "\($0.dependency) \($0.dependent)" })
        var nodes: [DependencyDrawing.Node] = []
        var edges: [DependencyDrawing.Edge] = []
        for n in 0..<count where keep[n] {
            let f = features[n]
            nodes.append(.init(id: f.id, title: f.title, status: f.status, category: StatusCategory(status: f.status, config: config),
                               end: CriticalPath.end(of: f), onCriticalPath: critical.contains(n), isCenter: n == center))
        }
        for n in 0..<count where keep[n] {
            for dependent in downstream[n] where keep[dependent] {
                let key = "\(features[n].id) \(features[dependent].id)"
                edges.append(.init(dependency: features[n].id, dependent: features[dependent].id,
                                   breaksDateRule: broken.contains(key), onCriticalPath: criticalEdges.contains(key)))
            }
        }
        return DependencyDrawing(nodes: nodes, edges: edges, leftOut: leftOut)
    }

    /// At most `cap` of the kept nodes, whole connected groups at a time so no drawn PRD loses
    /// an edge to the cap: the group of the critical path first, then the larger groups (ties by
    /// their smallest id), skipping a group that no longer fits. A critical path's group larger
    /// than the cap is cut in breadth-first order from the path (and is all that is drawn); when
    /// no group fits at all, the largest is cut from its smallest id.
    private func capped(_ keep: [Bool], cap: Int, criticalPath: CriticalPath?) -> [Bool] {
        var group = Array(repeating: -1, count: count)
        var groups: [[Int]] = []
        for start in 0..<count where keep[start] && group[start] < 0 {
            var members = [start], head = 0
            group[start] = groups.count
            while head < members.count {
                let n = members[head]
                head += 1
                for m in upstream[n] + downstream[n] where keep[m] && group[m] < 0 {
                    group[m] = groups.count
                    members.append(m)
                }
            }
            groups.append(members)
        }
        let critical = (criticalPath?.steps ?? []).compactMap { node($0.id) }.filter { keep[$0] }
        let first = critical.first.map { group[$0] }
        let order = groups.indices.sorted { a, b in
            if (a == first) != (b == first) { return a == first }
            if groups[a].count != groups[b].count { return groups[a].count > groups[b].count }
            return a < b  // groups are numbered by their smallest node
        }
        var chosen = Array(repeating: false, count: count)
        var room = cap
        func cut(_ g: Int, from start: [Int]) {
            var queue = Array(start.prefix(room)), head = 0
            for n in queue { chosen[n] = true }
            room -= queue.count
            while head < queue.count, room > 0 {
                let n = queue[head]
                head += 1
                for m in upstream[n] + downstream[n] where keep[m] && !chosen[m] && room > 0 {
                    chosen[m] = true
                    room -= 1
                    queue.append(m)
                }
            }
        }
        if let first, groups[first].count > cap {
            cut(first, from: critical)
            return chosen
        }
        for g in order where groups[g].count <= room {
            for n in groups[g] { chosen[n] = true }
            room -= groups[g].count
        }
        if room == cap, let largest = order.first { cut(largest, from: [groups[largest][0]]) }
        return chosen
    }
}
