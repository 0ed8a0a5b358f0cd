import RoadmapCore

/// `depends_on` between PRDs: resolution of each entry, dependents, and cycles.
struct DependencyGraph {
    /// `depends_on` entries as written, per feature.
    private let written: [ItemID: [Located<String>]]
    private let objectiveIDs: Set<ItemID>
    /// Resolved edges, in the order written, and where each was written.
    private(set) var edges: [ItemID: [ItemID]] = [:]
    private var edgeLocations: [ItemID: [ItemID: SourceLocation]] = [:]
    private(set) var dependents: [ItemID: [ItemID]] = [:]

    init(features: [FeatureDraft], objectiveIDs: Set<ItemID>) {
        written = Dictionary(features.map { ($0.feature.id, $0.dependencies) }, uniquingKeysWith: { a, _ in a })
        self.objectiveIDs = objectiveIDs
    }

    /// Resolves every `depends_on` entry; reports missing targets, objectives and self-dependencies.
    mutating func resolve() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (id, entries) in written.sorted(by: { $0.key < $1.key }) {
            var targets: [ItemID] = []
            for entry in entries {
                guard let target = ItemID(entry.value), written[target] != nil else {
                    if let target = ItemID(entry.value), objectiveIDs.contains(target) {
                        diagnostics.append(Diagnostic(
                            .dependencyOnObjective, "`\(entry.value)` is an objective; a PRD can depend only on other PRDs",
                            at: entry.location, help: "to say this PRD moves the objective, write `okrs: [\(entry.value)]`"))
                    } else {
                        let guess = Suggestion.closest(to: entry.value, among: written.keys.filter { $0 != id }.map(\.rawValue))
                        diagnostics.append(Diagnostic(
                            .unknownDependency, "no PRD has the id `\(entry.value)`", at: entry.location,
                            help: guess.map { "did you mean `\($0)`?" } ?? "name the id of an existing PRD, or remove the entry"))
                    }
                    continue
                }
                if target == id {
                    diagnostics.append(Diagnostic(.selfDependency, "PRD `\(id)` depends on itself", at: entry.location,
                                                  help: "remove `\(id)` from its own `depends_on`"))
                    continue
                }
                guard !targets.contains(target) else { continue }
                targets.append(target)
                edgeLocations[id, default: [:]][target] = entry.location
                dependents[target, default: []].append(id)
            }
            edges[id] = targets
        }
        for key in dependents.keys { dependents[key]!.sort() }
        return diagnostics
    }

    /// One diagnostic per strongly connected component of more than one PRD, showing one cycle
    /// through it hop by hop, starting from its smallest id.
    func cycles() -> [Diagnostic] {
        StronglyConnected.components(of: edges).compactMap { component -> Diagnostic? in
            guard component.count > 1, let start = component.min() else { return nil }
            let members = Set(component)
            guard let path = shortestCycle(from: start, within: members) else { return nil }
            let hops = zip(path, path.dropFirst() + [start]).map { ($0, $1) }
            let description = (path + [start]).map(\.rawValue).joined(separator: " -> ")
            return Diagnostic(
                .dependencyCycle, "dependency cycle: \(description)",
                at: edgeLocations[hops[0].0]?[hops[0].1],
                help: "a PRD cannot wait on itself through others; remove one of these dependencies",
                notes: hops.map { from, to in .init("`\(from)` depends on `\(to)`", at: edgeLocations[from]?[to]) })
        }.sorted(by: Diagnostic.reportOrder)
    }

    /// Breadth-first search for the shortest path from `start` back to itself inside `members`.
    private func shortestCycle(from start: ItemID, within members: Set<ItemID>) -> [ItemID]? {
        var previous: [ItemID: ItemID] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in edges[node] ?? [] where members.contains(next) {
                if next == start {
                    var path = [node]
                    while let p = previous[path[0]] { path.insert(p, at: 0) }
                    return path
                }
                if previous[next] == nil, next != start {
                    previous[next] = node
                    queue.append(next)
                }
            }
        }
        return nil
    }
}
