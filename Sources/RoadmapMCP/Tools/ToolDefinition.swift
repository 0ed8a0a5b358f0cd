import MCP

/// One tool: what `tools/list` shows an assistant (name, description, input schema, hints) and
/// what answers a call. The answer is a list of texts, each one content item of the result.
struct ToolDefinition: Sendable {
    typealias Answer = @Sendable (ToolArguments, RoadmapContext) throws(ToolFailure) -> [String]

    let tool: Tool
    /// Changes files: listed only when the server runs with `--allow-edits`.
    let edits: Bool
    let answer: Answer

    init(name: String, title: String, description: String, schema: Value, edits: Bool = false,
         idempotent: Bool = true, answer: @escaping Answer) {
        tool = Tool(
            name: name, title: title, description: description, inputSchema: schema,
            // An edit overwrites what a file said: destructive, so that clients ask before approving it.
            annotations: .init(title: title, readOnlyHint: !edits, destructiveHint: edits ? true : nil,
                               idempotentHint: edits ? idempotent : nil, openWorldHint: false))
        self.edits = edits
        self.answer = answer
    }

    var name: String { tool.name }

    /// Checks the arguments against the schema's names, then answers.
    func call(_ values: [String: Value]?, context: RoadmapContext) throws(ToolFailure) -> [String] {
        let arguments = try ToolArguments(tool: name, values: values, known: JSONSchema.propertyNames(of: tool.inputSchema))
        return try answer(arguments, context)
    }
}
