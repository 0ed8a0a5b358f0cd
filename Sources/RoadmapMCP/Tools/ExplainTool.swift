import RoadmapCore
import RoadmapReport

/// `explain`: what a diagnostic code means, as `roadmap explain` prints it.
enum ExplainTool {
    static let definition = ToolDefinition(
        name: "explain", title: "Explain a diagnostic code",
        description: """
            What a diagnostic code of `check` means, as `roadmap explain` prints it: the rule, why it exists, a \
            small file with the problem and the same file fixed, and how to change its severity in roadmap.yml. \
            Give the code (RM301) or its name (unknown-status); without one, one line per code.
            """,
        schema: JSONSchema.object([
            "code": JSONSchema.string("A diagnostic code like RM301, or its name like unknown-status."),
        ]),
        answer: answer)

    static func answer(_ arguments: ToolArguments, _ context: RoadmapContext) throws(ToolFailure) -> [String] {
        guard let text = try arguments.string("code") else { return [ExplainText.list()] }
        guard let code = DiagnosticCode(lookup: text) else { throw ToolFailure(ExplainText.unknown(text)) }
        return [ExplainText.explain(code)]
    }
}
