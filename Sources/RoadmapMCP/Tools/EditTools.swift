import RoadmapCompiler
import RoadmapCore

/// `move`, `set` and `fix`: the tools that change files, listed only with `--allow-edits`. Each
/// edits the working tree exactly as the CLI command of the same name does.
enum EditTools {
    static let dryRun = JSONSchema.boolean("Return the change as a unified diff (for `git apply`) and write nothing.")

    static let move = ToolDefinition(
        name: "move", title: "Move a PRD to another status",
        description: """
            Change a PRD's status in place, as `roadmap move ID STATUS` does: only the status value changes \
            (comments, quoting and every other byte stay). A move the workflow's `transitions` forbid, or that \
            leaves a field its `requires` asks for missing, is refused with the diagnostic `check` would give and \
            nothing is written; `set` supplies such fields in the same edit: {"id": "saved-cards", "status": \
            "in-progress", "set": {"start": "2026-07-06"}}. Answers `path: id: field old -> new` per field. \
            Try dryRun first when unsure.
            """,
        schema: JSONSchema.object([
            "id": JSONSchema.string("The PRD's id."),
            "status": JSONSchema.string("The status to move it to (one of the workflow's statuses in roadmap.yml)."),
            "set": JSONSchema.fields("Other fields to set in the same edit, by name (applied in name order), like {\"start\": \"2026-07-06\"}."),
            "dryRun": dryRun,
        ], required: ["id", "status"]),
        edits: true,
        answer: { arguments, context throws(ToolFailure) in
            let id = try arguments.requiredString("id"), status = try arguments.requiredString("status")
            let extra = try arguments.fields("set").map { ItemEdit(target: id, field: $0.name, value: $0.value) }
            return try EditAnswers.items(extra + [ItemEdit(target: id, field: "status", value: status)],
                                         dryRun: try arguments.bool("dryRun"), context: context)
        })

    static let set = ToolDefinition(
        name: "set", title: "Set a field of a PRD, objective or key result",
        description: """
            Set one field in place, validated as `check` validates it, as `roadmap set ID FIELD VALUE` does; a \
            value check would reject is refused and nothing is written. PRD fields: status, title, owner, team, \
            quarter, horizon, start, due, rice.reach, rice.impact, rice.confidence, rice.effort. Objective fields: \
            title, owner, period. Key result (id written OBJECTIVE/KR, like grow-checkout/kr1): current, target, \
            baseline, title, unit. Example: {"id": "grow-checkout/kr1", "field": "current", "value": 66.5}. \
            Answers `path: id: field old -> new`.
            """,
        schema: JSONSchema.object([
            "id": JSONSchema.string("A PRD or objective id, or OBJECTIVE/KR for a key result."),
            "field": JSONSchema.string("The field to set."),
            "value": JSONSchema.scalar("The new value: text, a day YYYY-MM-DD, a quarter YYYY-Qn or a number, as the field takes."),
            "dryRun": dryRun,
        ], required: ["id", "field", "value"]),
        edits: true,
        answer: { arguments, context throws(ToolFailure) in
            guard let value = try arguments.text("value") else { throw ToolFailure("set needs the argument `value`") }
            let edit = ItemEdit(target: try arguments.requiredString("id"), field: try arguments.requiredString("field"), value: value)
            return try EditAnswers.items([edit], dryRun: try arguments.bool("dryRun"), context: context)
        })

    static let fix = ToolDefinition(
        name: "fix", title: "Apply the fixes check suggests",
        description: """
            Apply the fixes `check` suggests, as `roadmap fix` does: safe ones cannot change what a file means \
            (the only status spelled like the one written, a date written out in full, a misspelt field name, a \
            missing required section added as a heading with a prompt); with unsafe, also the closest of several \
            guesses. Each file is replaced atomically; a file changed since it was read is left alone. Answers one \
            line per fix (and fixes held back, with why), then the problems left as `check` reports them.
            """,
        schema: JSONSchema.object([
            "unsafe": JSONSchema.boolean("Also make unsafe fixes: of several candidates, the closest."),
            "dryRun": dryRun,
        ]),
        edits: true, idempotent: false,
        answer: { arguments, context throws(ToolFailure) in
            try EditAnswers.fixes(unsafe: try arguments.bool("unsafe"), dryRun: try arguments.bool("dryRun"), context: context)
        })
}
