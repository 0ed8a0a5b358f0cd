import RoadmapCore

/// `depends_on` between PRDs: resolution of each entry, dependents, and cycles.
/// Nodes are numbered once, in id order, so the graph algorithms work on integers instead of
/// hashing ids at every step (the linker runs on every check, also the incremental ones).
struct DependencyGraph {
    private let ids: [ItemID]
    private let number: [ItemID: Int]
    private let written: [[Located<String>]]
    private let objectiveIDs: Set<ItemID>
    private let unreadable: UnreadableFiles
    /// Resolved edges per node, in the order written, and where each was written.
    private var successors: [[Int]]
    private var edgeLocations: [[SourceLocation]]
    /// Whether `source:id` entries are left for a portfolio's linker (collected in `external`)
    /// rather than reported as naming a roadmap this one does not have.
    private let leavesQualified: Bool
    /// The `source:id` entries left, in node order and then the order written.
    private(set) var external: [ExternalReference] = []

    init(features: [FeatureDraft], objectiveIDs: Set<ItemID>, unreadable: UnreadableFiles = UnreadableFiles(),
         leavesQualified: Bool = false) {
        self.unreadable = unreadable
        self.leavesQualified = leavesQualified
        let sorted = features.indices.sorted { features[$0].feature.id < features[$1].feature.id }
        ids = sorted.map { features[$0].feature.id }
        written = sorted.map { features[$0].dependencies }
        number = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        self.objectiveIDs = objectiveIDs
        successors = Array(repeating: [], count: ids.count)
        edgeLocations = Array(repeating: [], count: ids.count)
    }

    /// The resolved dependencies of a feature.
    func dependencies(of id: ItemID) -> [ItemID] { number[id].map { successors[$0].map { ids[$0] } } ?? [] }

    /// The resolved dependencies of a feature with the place each is written.
    func edges(of id: ItemID) -> [(target: ItemID, location: SourceLocation)] {
        guard let node = number[id] else { return [] }
        return zip(successors[node], edgeLocations[node]).map { (ids[$0], $1) }
    }

    /// Every feature that depends on each feature, sorted by id.
    func dependents() -> [ItemID: [ItemID]] {
        var result: [ItemID: [ItemID]] = [:]
        for (node, targets) in successors.enumerated() {
            for target in targets { result[ids[target], default: []].append(ids[node]) }
        }
        return result
    }

    /// Resolves every `depends_on` entry; reports missing targets, objectives and self-dependencies.
    mutating func resolve() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for node in ids.indices {
            let id = ids[node]
            for entry in written[node] {
                for (target, location) in targets(of: entry, from: id, into: &diagnostics) {
                    if target == node {
                        diagnostics.append(Diagnostic(.selfDependency, "PRD `\(id)` depends on itself", at: location,
                                                      help: "remove `\(id)` from its own `depends_on`"))
                        continue
                    }
                    guard !successors[node].contains(target) else { continue }
                    successors[node].append(target)
                    edgeLocations[node].append(location)
                }
            }
        }
        return diagnostics
    }

    /// The PRDs an entry names: itself; each part of `a b` (a missing comma, one diagnostic);
    /// the PRD of `Saved-Cards` (ids are lower case; reported, and linked so nothing else cascades).
    private mutating func targets(of entry: Located<String>, from id: ItemID,
                         into diagnostics: inout [Diagnostic]) -> [(Int, SourceLocation)] {
        if let target = ItemID(entry.value).flatMap({ number[$0] }) { return [(target, entry.location)] }
        if let qualified = QualifiedName(entry.value) {
            if leavesQualified { external.append(ExternalReference(kind: .dependency, from: id, target: qualified, location: entry.location)) }
            else { diagnostics.append(UnknownSource.diagnostic(qualified, at: entry.location, sources: [])) }
            return []
        }
        let parts = EntryParts.split(entry)
        let partIDs = parts.compactMap { ItemID($0.value.lowercased()) }
        if parts.count > 1, partIDs.count == parts.count {
            diagnostics.append(Diagnostic(
                .unknownDependency, "`\(entry.value)` is \(parts.count) PRDs without a comma between them",
                at: EntryParts.missingComma(in: entry),
                help: "separate the entries with commas: `depends_on: [\(partIDs.map(\.rawValue).joined(separator: ", "))]`"))
            // Each part counts as written; one that names nothing is a mistake of its own.
            return zip(parts, partIDs).compactMap { part, partID in
                if let target = number[partID] { return (target, part.location) }
                diagnostics.append(missing(Located(value: partID.rawValue, location: part.location), from: id))
                return nil
            }
        }
        if let lowered = ItemID(entry.value.lowercased()), let target = number[lowered] {
            diagnostics.append(Diagnostic(
                .unknownDependency, "no PRD has the id `\(entry.value)`: ids are lower case", at: entry.location,
                help: "write `\(lowered)`"))
            return [(target, entry.location)]
        }
        diagnostics.append(missing(entry, from: id))
        return []
    }

    private func missing(_ entry: Located<String>, from id: ItemID) -> Diagnostic {
        if let target = ItemID(entry.value), objectiveIDs.contains(target) {
            return Diagnostic(
                .dependencyOnObjective, "`\(entry.value)` is an objective; a PRD can depend only on other PRDs",
                at: entry.location, help: "to say this PRD moves the objective, write `okrs: [\(entry.value)]`")
        }
        if let target = ItemID(entry.value), let file = unreadable[target] {
            return file.reference(target, at: entry.location)
        }
        let guess = Suggestion.closest(to: entry.value, among: ids.filter { $0 != id }.map(\.rawValue))
        return Diagnostic(
            .unknownDependency, "no PRD has the id `\(entry.value)`", at: entry.location,
            help: guess.map { "did you mean `\($0)`?" } ?? "name the id of an existing PRD, or remove the entry")
    }

    /// One diagnostic per strongly connected component of more than one PRD, showing one cycle
    /// through it hop by hop, starting from its smallest id.
    func cycles() -> [Diagnostic] {
        StronglyConnected.components(of: successors).compactMap { component -> Diagnostic? in
            guard component.count > 1, let start = component.min() else { return nil }
            guard let path = StronglyConnected.shortestCycle(from: start, within: Set(component), successors) else { return nil }
            let hops = zip(path, path.dropFirst() + [start]).map { ($0, $1) }
            let description = (path + [start]).map { ids[$0].rawValue }.joined(separator: " -> ")
            return Diagnostic(
                .dependencyCycle, "dependency cycle: \(description)",
                at: location(hops[0].0, hops[0].1),
                help: "a PRD cannot wait on itself through others; remove one of these dependencies",
                notes: hops.map { from, to in .init("`\(ids[from])` depends on `\(ids[to])`", at: location(from, to)) })
        }.sorted(by: Diagnostic.reportOrder)
    }

    private func location(_ from: Int, _ to: Int) -> SourceLocation? {
        successors[from].firstIndex(of: to).map { edgeLocations[from][$0] }
    }
}
