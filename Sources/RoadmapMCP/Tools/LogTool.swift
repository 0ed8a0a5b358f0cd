import RoadmapCore
import RoadmapDriver

/// `log`: one item's history (or every change), as `roadmap log --format json`.
enum LogTool {
    static let definition = ToolDefinition(
        name: "log", title: "History of a PRD or objective",
        description: """
            The git history of one PRD or objective (any id it ever had; renames and moves are followed), or \
            without `id` every change to the roadmap, newest first, as `roadmap log --format json` writes it: \
            {schemaVersion, head, shallow, item: {id, formerIds, kind, path, status, removed, created, lastChanged, \
            shipped, slips, contributors} or null, changes: [{commit, date, author, email, summary, merge, id, kind, \
            path, slip, events: [{type, from, to, ...}]}]}. Use it for "when did this slip?", "who changed it?".
            """,
        schema: JSONSchema.object([
            "id": JSONSchema.string("A PRD or objective id; without it, every change to the roadmap."),
            "ref": JSONSchema.string("End the history at this revision instead of HEAD."),
            "since": JSONSchema.string("Only changes committed on or after this day (UTC), YYYY-MM-DD.", pattern: JSONSchema.day),
            "until": JSONSchema.string("Only changes committed on or before this day (UTC), YYYY-MM-DD.", pattern: JSONSchema.day),
            "maxCount": JSONSchema.integer("At most this many changes (the newest).", minimum: 0),
        ]),
        answer: answer)

    static func answer(_ arguments: ToolArguments, _ context: RoadmapContext) throws(ToolFailure) -> [String] {
        let id = try arguments.string("id"), revision = try arguments.string("ref") ?? "HEAD"
        let since = try arguments.day("since"), until = try arguments.day("until"), maxCount = try arguments.integer("maxCount")
        do throws(HistoryLogFailure) {
            let log = try HistorySession.log(context.location, itemID: id, revision: revision, since: since, until: until,
                                             maxCount: maxCount)
            return [log.json] + log.mined.diagnostics.map { "\($0.severity.rawValue)[\($0.code.rawValue)]: \($0.message)" }
        } catch {
            switch error {
            case .source(let error): throw ToolFailure(error.message)
            case .noSuchItem(let id): throw ToolFailure("no PRD or objective with id `\(id)` in the roadmap's history")
            }
        }
    }
}
