import RoadmapCore

/// Finds the prompts of the built-in templates left in a body (RM705): the question under each
/// section heading is meant to be replaced by its answer.
enum PromptScan {
    static func scan(_ body: Body, path: String) -> [Diagnostic] {
        guard body.markdown.utf8.contains(UInt8(ascii: "_")) else { return [] }
        var found: [Diagnostic] = []
        var fenced = false
        for (offset, line) in body.markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.trimmedSpace()
            if text.hasPrefix("```") || text.hasPrefix("~~~") { fenced.toggle() }
            guard !fenced, TemplatePrompts.isPrompt(text) else { continue }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            found.append(Diagnostic(
                .templatePrompt, "the template's prompt is still here, unanswered", at: SourceLocation(
                    path: path, line: body.firstLine + offset, column: indent + 1, length: text.unicodeScalars.count),
                help: "replace the prompt with the answer it asks for"))
        }
        return found
    }
}
