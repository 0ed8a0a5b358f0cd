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
    private let unreadable: UnreadableFiles
    /// Per objective, key results left out for an invalid id, with where the problem is.
    private let unreadableKeyResults: [ItemID: [String: SourceLocation]]
    /// Features with an entry that could not be resolved: whether they move an OKR is unknown.
    private(set) var unsettled: Set<ItemID> = []
    /// The text of those entries, so coverage warnings they may answer stay quiet.
    private(set) var unsettledMentions: [String] = []
    /// Whether `source:objective` entries are left for a portfolio's linker (collected in
    /// `external`) rather than reported as naming a roadmap this one does not have.
    private let leavesQualified: Bool
    /// The `source:objective[/kr]` entries left, in the order met.
    private(set) var external: [ExternalReference] = []

    init(objectives: [Objective], featureIDs: Set<ItemID>, unreadable: UnreadableFiles = UnreadableFiles(),
         unreadableKeyResults: [ItemID: [String: SourceLocation]] = [:], leavesQualified: Bool = false) {
        self.objectives = objectives
        self.leavesQualified = leavesQualified
        self.unreadableKeyResults = unreadableKeyResults
        self.featureIDs = featureIDs
        self.unreadable = unreadable
        index = Dictionary(objectives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    mutating func resolve(_ draft: FeatureDraft, into diagnostics: inout [Diagnostic]) -> [OKRReference] {
        var resolved: [OKRReference] = []
        let featureID = draft.feature.id
        for entry in draft.okrReferences {
            if let qualified = QualifiedName(entry.value) {
                // Whether it moves an OKR is settled elsewhere (or not at all): no orphan warning here.
                unsettled.insert(featureID)
                if leavesQualified { external.append(ExternalReference(kind: .okr, from: featureID, target: qualified, location: entry.location)) }
                else { diagnostics.append(UnknownSource.diagnostic(qualified, at: entry.location, sources: [])) }
                continue
            }
            let named = references(in: entry, into: &diagnostics)
            if named.isEmpty {
                unsettled.insert(featureID)
                unsettledMentions += entry.value.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            }
            for (reference, at) in named {
                guard link(reference, entry: at, from: featureID, into: &diagnostics) else {
                    unsettled.insert(featureID)
                    unsettledMentions.append(reference.description)
                    continue
                }
                if !resolved.contains(reference) { resolved.append(reference) }
            }
        }
        return resolved
    }

    /// The references an entry names, each with its place: itself; each part of `a/kr1 b/kr2` (a
    /// missing comma, one diagnostic); the lower-cased reference of `A/KR1` (reported, but linked
    /// so that coverage does not complain as well).
    private func references(in entry: Located<String>, into diagnostics: inout [Diagnostic]) -> [(OKRReference, Located<String>)] {
        if let reference = OKRReference(entry.value) { return [(reference, entry)] }
        let parts = EntryParts.split(entry)
        let fixed = parts.compactMap { OKRReference($0.value.lowercased()) }
        if parts.count > 1, fixed.count == parts.count {
            diagnostics.append(Diagnostic(
                .unknownOKR, "`\(entry.value)` is \(parts.count) references without a comma between them",
                at: EntryParts.missingComma(in: entry),
                help: "separate the entries with commas: `okrs: [\(fixed.map(\.description).joined(separator: ", "))]`"))
            return Array(zip(fixed, parts))
        }
        if let lowered = OKRReference(entry.value.lowercased()) {
            // When the lower-case reference names nothing either, linking it says what is wrong.
            if names(lowered) {
                diagnostics.append(Diagnostic(
                    .unknownOKR, "`\(entry.value)` is not an OKR reference: ids are lower case", at: entry.location,
                    help: "write `\(lowered)`"))
            }
            return [(lowered, entry)]
        }
        diagnostics.append(Diagnostic(
            .unknownOKR, "`\(entry.value)` is not an OKR reference", at: entry.location,
            help: "name an objective (`grow-checkout`) or one of its key results (`grow-checkout/kr1`)"))
        return []
    }

    /// Whether the reference names an objective, or a key result of one.
    private func names(_ reference: OKRReference) -> Bool {
        guard let o = index[reference.objective] else { return false }
        return reference.keyResult.map { kr in objectives[o].keyResults.contains { $0.id == kr } } ?? true
    }

    /// Records the feature on what the reference names; false, with a diagnostic, when it names nothing.
    private mutating func link(_ reference: OKRReference, entry: Located<String>, from featureID: ItemID,
                               into diagnostics: inout [Diagnostic]) -> Bool {
        guard let o = index[reference.objective] else {
            if featureIDs.contains(reference.objective) {
                diagnostics.append(Diagnostic(
                    .okrLinkToPRD, "`\(reference.objective)` is a PRD, not an objective", at: entry.location,
                    help: "`okrs` names objectives and key results; to depend on a PRD, use `depends_on: [\(reference.objective)]`"))
            } else if let file = unreadable[reference.objective] {
                diagnostics.append(file.reference(reference.objective, at: entry.location))
            } else {
                diagnostics.append(Diagnostic(
                    .unknownOKR, "no objective has the id `\(reference.objective)`", at: entry.location,
                    help: hint(reference.objective.rawValue, among: objectives.map(\.id.rawValue))))
            }
            return false
        }
        if let kr = reference.keyResult {
            guard let k = objectives[o].keyResults.firstIndex(where: { $0.id == kr }) else {
                if let problem = unreadableKeyResults[reference.objective]?[kr] {
                    diagnostics.append(Diagnostic(
                        .referenceToUnreadableFile, "key result `\(kr)` of objective `\(reference.objective)` could not be read, so this reference is not checked",
                        at: entry.location, help: "fix the key result's id in \(objectives[o].path); this reference is checked again then",
                        notes: [.init("the key result's problem", at: problem)]))
                    return false
                }
                diagnostics.append(Diagnostic(
                    .unknownOKR, "objective `\(reference.objective)` has no key result `\(kr)`", at: entry.location,
                    help: keyResultHint(kr, of: objectives[o])))
                return false
            }
            if !objectives[o].keyResults[k].movedBy.contains(featureID) { objectives[o].keyResults[k].movedBy.append(featureID) }
        } else if !objectives[o].movedBy.contains(featureID) {
            objectives[o].movedBy.append(featureID)
        }
        return true
    }

    private func hint(_ name: String, among candidates: [String]) -> String {
        if let guess = Suggestion.closest(to: name, among: candidates) { return "did you mean `\(guess)`?" }
        if candidates.isEmpty { return "the roadmap has no objectives yet; add one with `roadmap new objective \"Title\"`" }
        let shown = candidates.sorted().prefix(8).joined(separator: ", ")
        return "objectives: \(shown)\(candidates.count > 8 ? ", ..." : "")"
    }

    /// The objective's key results with their titles, so the right one can be picked.
    private func keyResultHint(_ kr: String, of objective: Objective) -> String {
        let results = objective.keyResults
        guard !results.isEmpty else {
            return "objective `\(objective.id)` has no key results yet; add one under `key_results`, or name the objective alone: `\(objective.id)`"
        }
        let listed = results.prefix(8).map { "`\($0.id)` (\($0.title))" }.joined(separator: ", ")
            + (results.count > 8 ? ", ..." : "")
        if let guess = Suggestion.closest(to: kr, among: results.map(\.id)) {
            return "did you mean `\(objective.id)/\(guess)`? its key results: \(listed)"
        }
        return "its key results: \(listed)"
    }
}
