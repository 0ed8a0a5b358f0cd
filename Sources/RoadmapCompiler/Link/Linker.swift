import RoadmapCore

/// Joins the files into one roadmap: ids, OKR links, dependencies (with cycles), coverage and
/// links between files. The only stage that looks at more than one file at a time.
struct Linker {
    let config: RoadmapConfig
    /// The day overdue work is measured against; nil skips that check.
    var today: CalendarDate? = nil
    /// Whether the roadmap is one source of a portfolio being checked: its `source:id` entries
    /// are then left for the portfolio's linker, as are those of a roadmap that has a `portfolio`.
    var portfolioMember = false
    /// Whether a root-relative path names a file of the roadmap (for relative links in bodies).
    let fileExists: @Sendable (String) -> Bool

    /// What a link leaves behind besides the roadmap, for a session that reuses it.
    struct Remains {
        var graph: DependencyGraph
        /// PRDs whose OKR links could not all be settled: they get no orphan warning.
        var unsure: Set<ItemID>
        /// `source:id` entries left for a portfolio's linker, by PRD id and then as written.
        var external: [ExternalReference] = []
    }

    /// Whether `source:id` entries are left for a portfolio's linker instead of reported.
    var leavesQualified: Bool { portfolioMember || !config.portfolio.isEmpty }

    func link(_ analyses: [FileAnalysis]) -> (Roadmap, [Diagnostic]) {
        let (roadmap, diagnostics, _) = linkWithRemains(analyses)
        return (roadmap, diagnostics)
    }

    func linkWithRemains(_ analyses: [FileAnalysis]) -> (Roadmap, [Diagnostic], Remains) {
        var diagnostics: [Diagnostic] = []
        var ids = IDRegistry()
        var objectives: [ObjectiveDraft] = []
        var features: [FeatureDraft] = []
        // Sorting indices, not the analyses: each is a large value, and only the order is needed.
        let order = analyses.indices.sorted(by: { analyses[$0].path < analyses[$1].path })
        for index in order {
            switch analyses[index].item {
            case .objective(var draft):
                let claimed = ids.claim(draft.objective.id, kind: .objective, at: draft.idLocation, into: &diagnostics)
                if claimed != draft.objective.id { draft.objective.id = claimed }
                objectives.append(draft)
            case .feature(var draft):
                // Features are assigned only what changed: a feature shares its fields with the
                // analysis cache until something about it differs (see `Feature`).
                let claimed = ids.claim(draft.feature.id, kind: .feature, at: draft.idLocation, into: &diagnostics)
                if claimed != draft.feature.id { draft.feature.id = claimed }
                features.append(draft)
            case .none:
                continue
            }
        }
        let unreadable = UnreadableFiles(order.map { analyses[$0] }, claimed: ids.isClaimed)
        var okrs = OKRResolver(objectives: objectives.map(\.objective), featureIDs: Set(features.map(\.feature.id)),
                               unreadable: unreadable,
                               unreadableKeyResults: Dictionary(objectives.map { ($0.objective.id, $0.unreadableKeyResults) }, uniquingKeysWith: { a, _ in a }),
                               leavesQualified: leavesQualified)
        for index in features.indices {
            let resolved = okrs.resolve(features[index], into: &diagnostics)
            if resolved != features[index].feature.okrs { features[index].feature.okrs = resolved }
        }
        var graph = DependencyGraph(features: features, objectiveIDs: Set(objectives.map(\.objective.id)), unreadable: unreadable,
                                    leavesQualified: leavesQualified)
        diagnostics += graph.resolve()
        diagnostics += graph.cycles()
        let dependents = graph.dependents()
        for index in features.indices {
            let id = features[index].feature.id
            let dependsOn = graph.dependencies(of: id), dependentIDs = dependents[id]?.sorted() ?? []
            if dependsOn != features[index].feature.dependsOn { features[index].feature.dependsOn = dependsOn }
            if dependentIDs != features[index].feature.dependents { features[index].feature.dependents = dependentIDs }
        }
        let roadmap = Roadmap(config: config, objectives: okrs.linkedObjectives,
                              features: features.indices.sorted { features[$0].feature.id < features[$1].feature.id }.map { features[$0].feature })
        diagnostics += ScheduleChecks.check(features, graph: graph, config: config, today: today)
        let unsure = okrs.unsettled.union(features.filter(\.okrsUnreadable).map(\.feature.id))
        diagnostics += Coverage.check(roadmap, objectiveLocations: Dictionary(objectives.map { ($0.objective.id, $0.idLocation) }, uniquingKeysWith: { a, _ in a }),
                                      featureLocations: Dictionary(features.map { ($0.feature.id, $0.statusLocation) }, uniquingKeysWith: { a, _ in a }),
                                      unsure: unsure, mentions: unreadable.prdMentions.union(okrs.unsettledMentions))
        diagnostics += RelativeLinks.check(roadmap, fileExists: fileExists)
        let external = (graph.external + okrs.external).sorted { ($0.from, $0.location) < ($1.from, $1.location) }
        return (roadmap, diagnostics, Remains(graph: graph, unsure: unsure, external: external))
    }
}
