#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
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

    /// A fast byte-level pass, run on every body: is there a line whose first and last bytes other
    /// than spaces are both `_` (every prompt is one italic line)? Lines are found with `memchr`,
    /// so a line costs its leading and trailing spaces, not its length: bodies are most of a
    /// roadmap's bytes, and a byte-by-byte loop over them was 7% of a cold check.
    static func mayHoldPrompt(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            let end = base + bytes.count
            var line = base
            while line < end {
                let newline = memchr(line, 0x0A, end - line).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) } ?? end
                if holdsPrompt(from: line, to: newline) { return true }
                line = newline + 1
            }
            return false
        }
    }

    private static func holdsPrompt(from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>) -> Bool {
        var first = start
        while first < end, first.pointee == 0x20 { first += 1 }
        guard first < end, first.pointee == UInt8(ascii: "_") else { return false }
        var last = end - 1
        while last > first, last.pointee == 0x20 { last -= 1 }
        return last.pointee == UInt8(ascii: "_")
    }
}
