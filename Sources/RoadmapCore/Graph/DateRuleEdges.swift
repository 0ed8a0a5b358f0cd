/// A dependency whose due date breaks the date rule of the PRD waiting on it (RM509).
public struct DateRuleEdge: Sendable, Equatable, Hashable {
    /// The PRD that must come first.
    public let dependency: ItemID
    /// The PRD waiting on it.
    public let dependent: ItemID
    public let conflict: DependencyDateRule.Conflict

    public static func == (a: DateRuleEdge, b: DateRuleEdge) -> Bool { (a.dependency, a.dependent) == (b.dependency, b.dependent) }
    public func hash(into hasher: inout Hasher) { hasher.combine(dependency); hasher.combine(dependent) }
}

extension WorkGraph {
    /// Every edge that breaks the date rule, by dependent then dependency id.
    public func dateRuleEdges() -> [DateRuleEdge] {
        var edges: [DateRuleEdge] = []
        for node in 0..<count {
            for dependency in upstream[node] {
                guard let conflict = DependencyDateRule.conflict(dependent: features[node], dependency: features[dependency], config: config)
                else { continue }
                edges.append(DateRuleEdge(dependency: features[dependency].id, dependent: features[node].id, conflict: conflict))
            }
        }
        return edges
    }
}
