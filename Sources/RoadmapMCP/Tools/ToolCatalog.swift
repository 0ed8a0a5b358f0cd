/// The tools the server offers: the read-only ones always, the edit tools only when asked for.
struct ToolCatalog: Sendable {
    static let readOnly = [CheckTool.definition, ListTool.definition, ShowTool.definition, ObjectivesTool.definition,
                           DiffTool.definition, LogTool.definition, ExplainTool.definition]
    static let editing = [EditTools.move, EditTools.set, EditTools.fix]

    let tools: [ToolDefinition]

    init(allowEdits: Bool) {
        tools = Self.readOnly + (allowEdits ? Self.editing : [])
    }

    func tool(named name: String) -> ToolDefinition? { tools.first { $0.name == name } }

    /// Why `name` cannot be called, for an unknown tool or an edit tool of a read-only server.
    func unknown(_ name: String) -> String {
        if Self.editing.contains(where: { $0.name == name }) {
            return "\(name) changes files, and this server is read-only; start it with `roadmap mcp --allow-edits` to allow edits"
        }
        return "no tool named `\(name)`; the tools are \(tools.map(\.name).joined(separator: ", "))"
    }
}
