import RoadmapCore

/// What the OKRs and the features leave uncovered: objectives and key results nothing moves,
/// and active features that move nothing.
enum Coverage {
    static func check(_ roadmap: Roadmap, objectiveLocations: [ItemID: SourceLocation],
                      featureLocations: [ItemID: SourceLocation]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for objective in roadmap.objectives {
            guard !objective.allMovers.isEmpty else {
                diagnostics.append(Diagnostic(
                    .uncoveredObjective, "no PRD moves objective `\(objective.id)` or any of its key results",
                    at: objectiveLocations[objective.id],
                    help: "link a PRD to it with `okrs: [\(objective.id)/\(objective.keyResults.first?.id ?? "kr1")]`, or retire the objective"))
                continue
            }
            for kr in objective.keyResults where kr.movedBy.isEmpty {
                diagnostics.append(Diagnostic(
                    .uncoveredKeyResult, "no PRD moves key result `\(objective.id)/\(kr.id)` (\(kr.title))", at: kr.location,
                    help: "link a PRD to it with `okrs: [\(objective.id)/\(kr.id)]`, or drop the key result"))
            }
        }
        for feature in roadmap.orphanFeatures {
            diagnostics.append(Diagnostic(
                .orphanFeature, "PRD `\(feature.id)` is \(feature.status) but moves no objective or key result",
                at: featureLocations[feature.id],
                help: "say which OKR it serves with `okrs: [objective-id/kr1]`"))
        }
        return diagnostics
    }
}
