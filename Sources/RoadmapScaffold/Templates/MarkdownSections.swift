import Foundation

/// Finds the `##` headings of a Markdown file's body the way `roadmap check` counts required
/// sections (ATX headings outside fenced code), and appends the ones missing.
enum MarkdownSections {
    /// The texts of the level-2 headings after the front matter, lower-cased.
    static func headings(in text: String) -> Set<String> {
        var found: Set<String> = []
        var fence: Substring? = nil
        var inFrontMatter = false
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if index == 0, line == "---" { inFrontMatter = true; continue }
            if inFrontMatter { if line == "---" { inFrontMatter = false }; continue }
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fence = trimmed.prefix(3); continue }
            guard line.count - trimmed.count < 4, trimmed.hasPrefix("## ") || trimmed == "##" else { continue }
            var heading = trimmed.dropFirst(2)
            while heading.last == "#" || heading.last == " " { heading = heading.dropLast() }
            found.insert(heading.trimmingCharacters(in: .whitespaces).lowercased())
        }
        return found
    }

    /// `text` with a `## Section` and its prompt appended for each required section it lacks.
    static func appendingMissing(_ required: [String], to text: String) -> String {
        let present = headings(in: text)
        let missing = required.filter { !present.contains($0.trimmingCharacters(in: .whitespaces).lowercased()) }
        guard !missing.isEmpty else { return text }
        var out = text
        while out.hasSuffix("\n\n") { out.removeLast() }
        if !out.hasSuffix("\n") { out += "\n" }
        return out + "\n" + SectionPrompts.block(missing)
    }
}
