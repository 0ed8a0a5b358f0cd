import RoadmapCore

/// Joins the roadmaps of a portfolio: resolves every `source:id` reference each roadmap's own
/// linker left (`Compilation.external`) against the source it names, and finds dependency cycles
/// that run through more than one roadmap (each roadmap's own cycles are its linker's). The
/// portfolio's own files are the source named ""; their items are shown with bare ids, every
/// other item and path as `source:id` and `source:path`.
public struct PortfolioLinker {
    /// Every source of the portfolio by name, nil for one that could not be read (references to
    /// it are not checked: its own diagnostic says why).
    public let sources: [String: Compilation?]
    /// The portfolio's own compilation.
    public let own: Compilation

    public init(own: Compilation, sources: [String: Compilation?]) {
        self.own = own
        self.sources = sources
    }

    public func link() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var edges: [Node: [(target: Node, location: SourceLocation)]] = [:]
        let names = sources.keys.sorted()
        for (from, compilation) in [("", own)] + names.compactMap({ name in sources[name]!.map { (name, $0) } }) {
            for (id, local) in compilation.dependencyEdges {
                edges[Node(source: from, id: id), default: []] += local.map { (Node(source: from, id: $0.target), Self.qualified($0.location, in: from)) }
            }
            for reference in compilation.external {
                let at = Self.qualified(reference.location, in: from)
                guard let entry = sources[reference.target.source] else {
                    diagnostics.append(UnknownSource.diagnostic(reference.target, at: at, sources: names))
                    continue
                }
                guard let target = entry else { continue }
                switch reference.kind {
                case .dependency:
                    if let id = resolveDependency(reference.target, in: target, at: at, into: &diagnostics) {
                        edges[Node(source: from, id: reference.from), default: []].append((Node(source: reference.target.source, id: id), at))
                    }
                case .okr:
                    resolveOKR(reference.target, in: target, at: at, into: &diagnostics)
                }
            }
        }
        return diagnostics + cycles(edges)
    }

    /// The PRD `reference` names in `target`, or nil with a diagnostic naming the source.
    private func resolveDependency(_ reference: QualifiedName, in target: Compilation, at: SourceLocation,
                                   into diagnostics: inout [Diagnostic]) -> ItemID? {
        let source = reference.source
        if let id = ItemID(reference.local), target.roadmap.feature(id) != nil { return id }
        if let id = ItemID(reference.local), target.roadmap.objective(id) != nil {
            diagnostics.append(Diagnostic(.dependencyOnObjective, "`\(reference)` is an objective of `\(source)`; a PRD can depend only on PRDs", at: at,
                                          help: "to say this PRD moves the objective, write `okrs: [\(reference)]`"))
            return nil
        }
        let guess = Suggestion.closest(to: reference.local, among: target.roadmap.features.map(\.id.rawValue))
        diagnostics.append(Diagnostic(.unknownDependency, "source `\(source)` has no PRD with the id `\(reference.local)`", at: at,
                                      help: guess.map { "did you mean `\(source):\($0)`?" } ?? "name the id of a PRD of `\(source)`, or remove the entry"))
        return nil
    }

    private func resolveOKR(_ reference: QualifiedName, in target: Compilation, at: SourceLocation, into diagnostics: inout [Diagnostic]) {
        let source = reference.source
        guard let okr = OKRReference(reference.local) else {
            diagnostics.append(Diagnostic(.unknownOKR, "`\(reference)` is not an OKR reference", at: at,
                                          help: "name an objective of `\(source)` (`\(source):grow-checkout`) or one of its key results (`\(source):grow-checkout/kr1`)"))
            return
        }
        guard let objective = target.roadmap.objective(okr.objective) else {
            if target.roadmap.feature(okr.objective) != nil {
                diagnostics.append(Diagnostic(.okrLinkToPRD, "`\(source):\(okr.objective)` is a PRD, not an objective", at: at,
                                              help: "`okrs` names objectives and key results; to depend on a PRD, use `depends_on: [\(source):\(okr.objective)]`"))
                return
            }
            let guess = Suggestion.closest(to: okr.objective.rawValue, among: target.roadmap.objectives.map(\.id.rawValue))
            diagnostics.append(Diagnostic(.unknownOKR, "source `\(source)` has no objective with the id `\(okr.objective)`", at: at,
                                          help: guess.map { "did you mean `\(source):\($0)`?" } ?? "name an objective of `\(source)`"))
            return
        }
        if let kr = okr.keyResult, !objective.keyResults.contains(where: { $0.id == kr }) {
            let ids = objective.keyResults.map(\.id)
            let help = Suggestion.closest(to: kr, among: ids).map { "did you mean `\(source):\(objective.id)/\($0)`?" }
                ?? (ids.isEmpty ? "objective `\(source):\(objective.id)` has no key results; name the objective alone" : "its key results: \(ids.joined(separator: ", "))")
            diagnostics.append(Diagnostic(.unknownOKR, "objective `\(source):\(objective.id)` has no key result `\(kr)`", at: at, help: help))
        }
    }

    /// One diagnostic per strongly connected component that spans more than one roadmap, with one
    /// cycle through it hop by hop from its smallest node, each hop at the line that makes it.
    private func cycles(_ edges: [Node: [(target: Node, location: SourceLocation)]]) -> [Diagnostic] {
        // Only nodes with an edge can be on a cycle; numbered in order so the output is stable.
        let nodes = Set(edges.keys).union(edges.values.flatMap { $0.map(\.target) }).sorted()
        let number = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        var successors = Array(repeating: [Int](), count: nodes.count)
        var locations = Array(repeating: [SourceLocation](), count: nodes.count)
        for (from, targets) in edges {
            for (target, location) in targets {
                let (a, b) = (number[from]!, number[target]!)
                guard !successors[a].contains(b) else { continue }
                successors[a].append(b)
                locations[a].append(location)
            }
        }
        return StronglyConnected.components(of: successors).compactMap { component -> Diagnostic? in
            guard Set(component.map { nodes[$0].source }).count > 1, let start = component.min(),
                  let path = StronglyConnected.shortestCycle(from: start, within: Set(component), successors) else { return nil }
            let hops = zip(path, path.dropFirst() + [start]).map { ($0, $1) }
            func at(_ from: Int, _ to: Int) -> SourceLocation? { successors[from].firstIndex(of: to).map { locations[from][$0] } }
            let description = (path + [start]).map { nodes[$0].description }.joined(separator: " -> ")
            return Diagnostic(
                .dependencyCycle, "dependency cycle across roadmaps: \(description)", at: at(hops[0].0, hops[0].1),
                help: "a PRD cannot wait on itself through others; remove one of these dependencies",
                notes: hops.map { from, to in .init("`\(nodes[from])` depends on `\(nodes[to])`", at: at(from, to)) })
        }.sorted(by: Diagnostic.reportOrder)
    }

    /// A source's location as the portfolio reports it (`payments:prds/saved-cards.md`).
    public static func qualified(_ location: SourceLocation, in source: String) -> SourceLocation {
        guard !source.isEmpty else { return location }
        var moved = location
        moved.path = QualifiedName.path(location.path, in: source)
        return moved
    }

    /// A PRD of one of the roadmaps.
    struct Node: Hashable, Comparable, CustomStringConvertible {
        var source: String
        var id: ItemID
        var description: String { source.isEmpty ? id.rawValue : "\(source):\(id)" }
        static func < (a: Node, b: Node) -> Bool { (a.source, a.id) < (b.source, b.id) }
    }
}
