import RoadmapCore

/// Finds the prompts of the built-in templates left in a body (RM705): the question under each
/// section heading is meant to be replaced by its answer.
enum PromptScan {
    static func scan(_ body: Body, path: String) -> [Diagnostic] {
        guard mayHoldPrompt(body.markdown) else { return [] }
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

    /// A fast byte-level pass, run on every body: is there a line that starts with `_` and ends
    /// with `_` (every prompt is one italic line)?
    private static func mayHoldPrompt(_ text: String) -> Bool {
        var atLineStart = true, openedLine = false, last: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                if openedLine, last == UInt8(ascii: "_") { return true }
                atLineStart = true
                openedLine = false
            } else if atLineStart, byte != 0x20 {
                openedLine = byte == UInt8(ascii: "_")
                atLineStart = false
            }
            if byte != 0x20 { last = byte }
        }
        return openedLine && last == UInt8(ascii: "_")
    }
}
