import RoadmapCore

/// Resolves each feature's `okrs` entries and records, on the key result or objective, which
/// features move it.
struct OKRResolver {
    private var objectives: [Objective]

    /// The objectives with their movers, sorted by id for deterministic output.
    var linkedObjectives: [Objective] {
        objectives.map { objective in
            var sorted = objective
            sorted.movedBy.sort()
            for k in sorted.keyResults.indices { sorted.keyResults[k].movedBy.sort() }
            return sorted
        }.sorted { $0.id < $1.id }
    }
    private let index: [ItemID: Int]
    private let featureIDs: Set<ItemID>

    init(objectives: [Objective], featureIDs: Set<ItemID>) {
        self.objectives = objectives
        self.featureIDs = featureIDs
        index = Dictionary(objectives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    mutating func resolve(_ draft: FeatureDraft, into diagnostics: inout [Diagnostic]) -> [OKRReference] {
        var resolved: [OKRReference] = []
        let featureID = draft.feature.id
        for entry in draft.okrReferences {
            guard let reference = OKRReference(entry.value) else {
                diagnostics.append(Diagnostic(
                    .unknownOKR, "`\(entry.value)` is not an OKR reference", at: entry.location,
                    help: "name an objective (`grow-checkout`) or one of its key results (`grow-checkout/kr1`)"))
                continue
            }
            guard let o = index[reference.objective] else {
                if featureIDs.contains(reference.objective) {
                    diagnostics.append(Diagnostic(
                        .okrLinkToPRD, "`\(reference.objective)` is a PRD, not an objective", at: entry.location,
                        help: "`okrs` names objectives and key results; to depend on a PRD, use `depends_on: [\(reference.objective)]`"))
                } else {
                    diagnostics.append(Diagnostic(
                        .unknownOKR, "no objective has the id `\(reference.objective)`", at: entry.location,
                        help: hint(reference.objective.rawValue, among: objectives.map(\.id.rawValue), what: "objectives", none: "the roadmap has no objectives yet")))
                }
                continue
            }
            if let kr = reference.keyResult {
                guard let k = objectives[o].keyResults.firstIndex(where: { $0.id == kr }) else {
                    diagnostics.append(Diagnostic(
                        .unknownOKR, "objective `\(reference.objective)` has no key result `\(kr)`", at: entry.location,
                        help: hint(kr, among: objectives[o].keyResults.map(\.id), what: "its key results", none: "the objective has no key results yet")))
                    continue
                }
                if !objectives[o].keyResults[k].movedBy.contains(featureID) { objectives[o].keyResults[k].movedBy.append(featureID) }
            } else if !objectives[o].movedBy.contains(featureID) {
                objectives[o].movedBy.append(featureID)
            }
            if !resolved.contains(reference) { resolved.append(reference) }
        }
        return resolved
    }

    private func hint(_ name: String, among candidates: [String], what: String, none: String) -> String {
        if let guess = Suggestion.closest(to: name, among: candidates) { return "did you mean `\(guess)`?" }
        if candidates.isEmpty { return none }
        let shown = candidates.sorted().prefix(8).joined(separator: ", ")
        return "\(what): \(shown)\(candidates.count > 8 ? ", ..." : "")"
    }
}
