import RoadmapCompiler
import RoadmapCore
import RoadmapDriver
import RoadmapHistory

/// `show`: one PRD or objective with its fields, body, links, history summary and problems.
enum ShowTool {
    static let definition = ToolDefinition(
        name: "show", title: "Show a PRD or objective",
        description: """
            One PRD or objective by id, as JSON: {schemaVersion, kind ("feature" for a PRD, or "objective"), item \
            (its entry of roadmap.json: every front-matter field; a PRD's rank, dependents and RICE score; an \
            objective's key results with baseline, target, current and progress 0..1), body (the Markdown after the \
            front matter), links (a PRD's okrs with objective and key-result titles and progress, dependsOn and \
            dependents with titles and statuses; an objective's movedBy: the PRDs that move it), history (from git: \
            created, lastChanged, shipped, slips, contributors; null outside git), diagnostics (the problems of its \
            file, as `check` reports them)}. `log` gives the item's full change history.
            """,
        schema: SourceArguments.schema([
            "id": JSONSchema.string("The PRD's or objective's id, like saved-cards (the `id` in its front matter)."),
            "kind": JSONSchema.string("prd or objective: only needed when a PRD and an objective share the id.", oneOf: ["prd", "objective"]),
        ], required: ["id"]),
        answer: answer)

    static func answer(_ arguments: ToolArguments, _ context: RoadmapContext) throws(ToolFailure) -> [String] {
        let text = try arguments.requiredString("id")
        let kind = try arguments.string("kind")
        if let kind, kind != "prd", kind != "objective" { throw ToolFailure("kind must be prd or objective, not \(kind)") }
        let (session, compilation) = try context.compile(try SourceArguments.choice(arguments), bodies: true)
        let roadmap = compilation.roadmap
        let id = ItemID(text)
        let feature = kind == "objective" ? nil : id.flatMap(roadmap.feature)
        let objective = kind == "prd" ? nil : id.flatMap(roadmap.objective)
        if feature != nil, objective != nil {
            throw ToolFailure("`\(text)` is both a PRD and an objective; give kind: prd or kind: objective")
        }
        let data = session.roadmapData(compilation)
        var notes: [String] = []
        let parts: ShowDocument.Parts
        if let feature, let item = data.feature(feature.id) {
            parts = ShowDocument.Parts(kind: .feature, item: item, body: feature.body.markdown,
                                       links: ShowDocument.links(of: feature, in: roadmap),
                                       history: history(of: feature.id, session, compilation, notes: &notes),
                                       diagnostics: FileFocus(path: feature.path, compilation: compilation).filter(compilation.diagnostics))
        } else if let objective, let item = data.objective(objective.id) {
            parts = ShowDocument.Parts(kind: .objective, item: item, body: objective.body.markdown,
                                       links: ShowDocument.links(of: objective, in: roadmap),
                                       history: history(of: objective.id, session, compilation, notes: &notes),
                                       diagnostics: FileFocus(path: objective.path, compilation: compilation).filter(compilation.diagnostics))
        } else {
            throw ToolFailure(unknown(text, kind: kind, in: roadmap))
        }
        return [ShowDocument.render(parts)] + notes
    }

    /// The item's history summary; nil outside git, with a note when the history could not be read.
    private static func history(of id: ItemID, _ session: RoadmapSession, _ compilation: Compilation,
                                notes: inout [String]) -> ItemHistory? {
        do throws(SourceError) {
            return try session.history(config: compilation.roadmap.config)?.history.item(id)
        } catch {
            notes.append("the history could not be read: \(error.message)")
            return nil
        }
    }

    private static func unknown(_ text: String, kind: String?, in roadmap: Roadmap) -> String {
        let prds = roadmap.features.map(\.id.rawValue), objectives = roadmap.objectives.map(\.id.rawValue)
        let candidates = kind == "prd" ? prds : kind == "objective" ? objectives : prds + objectives
        let what = kind == "prd" ? "PRD" : kind == "objective" ? "objective" : "PRD or objective"
        var message = "no \(what) with id `\(text)`"
        if let guess = Suggestion.closest(to: text, among: candidates) { message += "; did you mean `\(guess)`?" }
        return message + " The `list` tool lists the PRDs, `objectives` the objectives."
    }
}
