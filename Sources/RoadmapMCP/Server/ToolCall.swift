import MCP

/// One `tools/call` answered: the tool's texts as content, or its failure as a result with
/// `isError` (never a protocol error, so the assistant reads the message and can try again).
enum ToolCall {
    static func answer(_ tool: ToolDefinition, _ arguments: [String: Value]?, context: RoadmapContext) -> CallTool.Result {
        do throws(ToolFailure) {
            let texts = try tool.call(arguments, context: context)
            return .init(content: texts.map { .text(text: $0, annotations: nil, _meta: nil) }, isError: false)
        } catch {
            return .init(content: [.text(text: error.message, annotations: nil, _meta: nil)], isError: true)
        }
    }
}
