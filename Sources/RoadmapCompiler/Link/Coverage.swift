import RoadmapCore

/// What the OKRs and the features leave uncovered: objectives and key results nothing moves,
/// and active features that move nothing.
enum Coverage {
    /// `unsure`: PRDs whose `okrs` could not all be read or resolved; whether they move
    /// an OKR is not known, so they get no orphan warning. `mentions`: the words of unreadable PRD
    /// files and unresolved entries; what they may move gets no coverage warning either. One
    /// mistake gives one diagnostic, not a cascade.
    static func check(_ roadmap: Roadmap, objectiveLocations: [ItemID: SourceLocation],
                      featureLocations: [ItemID: SourceLocation], unsure: Set<ItemID> = [],
                      mentions: Set<String> = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let mentionedObjectives = Set(mentions.map { $0.split(separator: "/", maxSplits: 1).first.map(String.init) ?? $0 })
        for objective in roadmap.objectives {
            guard !objective.movers.isEmpty else {
                if mentionedObjectives.contains(objective.id.rawValue) { continue }
                diagnostics.append(Diagnostic(
                    .uncoveredObjective, "no PRD moves objective `\(objective.id)` or any of its key results",
                    at: objectiveLocations[objective.id],
                    help: "link a PRD to it with `okrs: [\(objective.id)/\(objective.keyResults.first?.id ?? "kr1")]`, or retire the objective"))
                continue
            }
            for kr in objective.keyResults where kr.movedBy.isEmpty && !mentions.contains("\(objective.id)/\(kr.id)") {
                diagnostics.append(Diagnostic(
                    .uncoveredKeyResult, "no PRD moves key result `\(objective.id)/\(kr.id)` (\(kr.title))", at: kr.location,
                    help: "link a PRD to it with `okrs: [\(objective.id)/\(kr.id)]`, or drop the key result"))
            }
        }
        for feature in roadmap.orphanFeatures where !unsure.contains(feature.id) {
            diagnostics.append(orphan(feature, at: featureLocations[feature.id]))
        }
        return diagnostics
    }

    /// RM903 for `feature`, an active PRD that moves nothing.
    static func orphan(_ feature: Feature, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.orphanFeature, "PRD `\(feature.id)` is \(feature.status) but moves no objective or key result",
                   at: location, help: "say which OKR it serves with `okrs: [objective-id/kr1]`")
    }
}
