import RoadmapCompiler
import RoadmapCore
import RoadmapDriver
import RoadmapSite

/// `objectives`: the objectives with their key results' progress, and what no PRD moves.
enum ObjectivesTool {
    static let definition = ToolDefinition(
        name: "objectives", title: "Objectives and key-result progress",
        description: """
            The roadmap's objectives (OKRs) with each key result's progress, as roadmap.json writes them: \
            {schemaVersion, objectives: [{id, title, period, owner, path, url, hasErrors, movedBy, keyResults: [{id, \
            ref, title, baseline, target, current, unit, progress (0..1, direction-aware; null without numbers), \
            direction, movedBy}], extra}], coverage: {uncoveredKeyResults, uncoveredObjectives, orphanFeatures}}. \
            movedBy lists the PRD ids that name the objective or key result in their `okrs`; coverage is for the \
            whole roadmap: key results and objectives no PRD moves, and PRDs that move none. Use it for "which KRs \
            have no PRD?" or "how far along is objective X?".
            """,
        schema: SourceArguments.schema([
            "objective": JSONSchema.string("Only this objective, by id; or only one key result, written objective-id/kr-id."),
            "period": JSONSchema.string("Only objectives of this period, a quarter written YYYY-Qn like 2026-Q3."),
        ]),
        answer: answer)

    static func answer(_ arguments: ToolArguments, _ context: RoadmapContext) throws(ToolFailure) -> [String] {
        let wanted = try arguments.string("objective")
        let period = try arguments.string("period")
        let quarter = period.flatMap(Quarter.init)
        if let period, quarter == nil { throw ToolFailure("period \(period) is not a quarter written YYYY-Qn, like 2026-Q3") }
        let (session, compilation) = try context.compile(try SourceArguments.choice(arguments))
        let chosen: [Objective]
        do throws(ObjectiveSelection.Failure) {
            chosen = try ObjectiveSelection(reference: wanted, period: quarter).apply(to: compilation.roadmap)
        } catch {
            throw ToolFailure(error.description)
        }
        return [session.roadmapData(compilation).objectivesDocument(chosen).rendered()]
    }
}
