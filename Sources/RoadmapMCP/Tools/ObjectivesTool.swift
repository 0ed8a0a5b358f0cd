import RoadmapCompiler
import RoadmapCore
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
            "objective": JSONSchema.string("Only this objective, by id."),
            "period": JSONSchema.string("Only objectives of this period, a quarter written YYYY-Qn like 2026-Q3."),
        ]),
        answer: answer)

    static func answer(_ arguments: ToolArguments, _ context: RoadmapContext) throws(ToolFailure) -> [String] {
        let wanted = try arguments.string("objective")
        let period = try arguments.string("period")
        let quarter = period.flatMap(Quarter.init)
        if let period, quarter == nil { throw ToolFailure("period \(period) is not a quarter written YYYY-Qn, like 2026-Q3") }
        let (session, compilation) = try context.compile(try SourceArguments.choice(arguments))
        let roadmap = compilation.roadmap
        if let wanted, ItemID(wanted).flatMap(roadmap.objective) == nil {
            var message = "no objective with id `\(wanted)`"
            let ids = roadmap.objectives.map(\.id.rawValue)
            if let guess = Suggestion.closest(to: wanted, among: ids) { message += "; did you mean `\(guess)`?" }
            throw ToolFailure(message + (ids.isEmpty ? " (the roadmap has none)" : "; the objectives are \(ids.joined(separator: ", "))"))
        }
        let chosen = roadmap.objectives.filter { o in
            (wanted.map { o.id.rawValue == $0 } ?? true) && (quarter.map { o.period == $0 } ?? true)
        }
        let data = session.roadmapData(compilation)
        return [JSONValue.object([
            "schemaVersion": .integer(RoadmapData.schemaVersion),
            "objectives": .array(chosen.compactMap { data.objective($0.id) }),
            "coverage": data.coverage,
        ]).rendered()]
    }
}
