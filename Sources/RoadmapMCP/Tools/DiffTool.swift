import RoadmapCore
import RoadmapDriver

/// `diff`: what changed in the plan between two revisions or days, as `roadmap diff --format json`.
enum DiffTool {
    static let definition = ToolDefinition(
        name: "diff", title: "What changed between two revisions or days",
        description: """
            What changed in the roadmap's plan between two git revisions or days, as `roadmap diff --format json` \
            writes it: PRDs added, removed, shipped and dropped; status changes; dates, quarters and horizons moved \
            (slips marked); OKR links and RICE scores changed; objectives and key results added, removed, \
            re-targeted or moved. A day YYYY-MM-DD on the `from` side means the roadmap as that day began, on the \
            `to` side as it ended (UTC): {"from": "2026-04-01", "to": "2026-06-30"} is the second quarter; \
            {"from": "v1.0"} is v1.0 to HEAD; {"from": "main~5..main"} is a range.
            """,
        schema: JSONSchema.object([
            "from": JSONSchema.string("The older side: a revision (commit, tag, branch, HEAD~10), a day YYYY-MM-DD, or a range A..B."),
            "to": JSONSchema.string("The newer side: a revision or a day YYYY-MM-DD (default HEAD)."),
        ], required: ["from"]),
        answer: answer)

    static func answer(_ arguments: ToolArguments, _ context: RoadmapContext) throws(ToolFailure) -> [String] {
        let from = try arguments.requiredString("from")
        var (old, new) = (from, try arguments.string("to") ?? "HEAD")
        if !arguments.has("to"), let range = HistorySession.range(from) { (old, new) = range }
        let diff = try answering { () throws(SourceError) in try HistorySession.diff(context.location, from: old, to: new) }
        return [diff.json]
    }
}
