import RoadmapCompiler
import RoadmapCore
import RoadmapReport

/// `list`: the PRDs that pass `roadmap list`'s filters, as `roadmap list --format json` writes them.
enum ListTool {
    static let definition = ToolDefinition(
        name: "list", title: "List PRDs",
        description: """
            List the roadmap's PRDs (product requirement documents: the planned features), filtered and sorted as \
            `roadmap list` does, as its JSON: {schemaVersion, tool, count, features: [{id, title, status, owner, \
            team, quarter, horizon, start, due, okrs, dependsOn, tags, rice: {reach, impact, confidence, effort, \
            score}, scores: {NAME: value}, path, hasErrors}]}. Filters of different kinds must all match; several values of one kind are \
            alternatives: {"status": ["planned", "in-progress"], "team": ["payments"]} lists planned or in-progress \
            PRDs of payments. A value the roadmap does not have is an error naming the values it does have. Use \
            `show` for one PRD's body and links, `objectives` for OKR progress.
            """,
        schema: SourceArguments.schema([
            "status": JSONSchema.strings("Only PRDs with one of these statuses (the workflow's names, like in-progress)."),
            "team": JSONSchema.strings("Only PRDs of one of these teams (case ignored)."),
            "owner": JSONSchema.strings("Only PRDs whose owner's name contains one of these (case ignored; `lena` matches Lena Vogel)."),
            "tag": JSONSchema.strings("Only PRDs with one of these tags (case ignored)."),
            "quarter": JSONSchema.strings("Only PRDs planned for one of these quarters, written YYYY-Qn like 2026-Q3."),
            "horizon": JSONSchema.strings("Only PRDs with one of these horizons: now, next, later."),
            "okr": JSONSchema.strings("Only PRDs that move one of these objectives (an objective id: the objective or any of its key results) or key results (objective-id/kr-id)."),
            "sort": JSONSchema.string("Order: id (default), rice (highest score first), due (earliest first), status (workflow order), or the name of a custom score declared in roadmap.yml (highest first, PRDs without it last)."),
        ]),
        answer: answer)

    static func answer(_ arguments: ToolArguments, _ context: RoadmapContext) throws(ToolFailure) -> [String] {
        let query = try query(arguments)
        let (_, compilation) = try context.compile(try SourceArguments.choice(arguments))
        let unknown = query.unknownValues(in: compilation.roadmap, suggest: Suggestion.closest)
        if !unknown.isEmpty { throw ToolFailure(unknown.map(\.description).joined(separator: "\n")) }
        var answer = [FeatureListExport.json(query.run(on: compilation.roadmap))]
        let errors = compilation.diagnostics.errorCount
        if errors > 0 { answer.append("the roadmap has \(Plural.count(errors, "error")); the `check` tool shows them") }
        return answer
    }

    /// The query the arguments ask for, each value checked as `roadmap list` checks its options.
    static func query(_ arguments: ToolArguments) throws(ToolFailure) -> FeatureQuery {
        var query = FeatureQuery()
        query.statuses = try arguments.strings("status")
        query.teams = try arguments.strings("team")
        query.owners = try arguments.strings("owner")
        query.tags = try arguments.strings("tag")
        for text in try arguments.strings("quarter") {
            guard let quarter = Quarter(text) else { throw ToolFailure("quarter \(text) is not a quarter written YYYY-Qn, like 2026-Q3") }
            query.quarters.append(quarter)
        }
        for text in try arguments.strings("horizon") {
            guard let horizon = Horizon(rawValue: text) else { throw ToolFailure("horizon must be now, next or later, not \(text)") }
            query.horizons.append(horizon)
        }
        for text in try arguments.strings("okr") {
            guard let reference = OKRReference(text) else { throw ToolFailure("okr \(text) is not an objective id or objective-id/kr") }
            query.okrs.append(reference)
        }
        // A score name is checked against the roadmap with the other values (`unknownValues`).
        if let text = try arguments.string("sort") { query.setSort(text) }
        return query
    }
}
