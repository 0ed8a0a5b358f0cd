import RoadmapCore

/// Makes the fixes the checks attach to their diagnostics, as byte edits of the file as stored.
/// Without the file's bytes (a cached analysis being re-read, a test) there are no fixes.
struct FixBuilder: Sendable {
    let path: String
    let map: SourceMap

    /// Replaces the scalar read as `located` with `replacement`, in the scalar's own quoting.
    func replacing(_ located: Located<String>, with replacement: String, safety: Fix.Safety, inFlow: Bool = false) -> Fix? {
        guard let span = map.scalarSpan(at: located.location, value: located.value) else { return nil }
        let text = YAMLScalarText.render(replacement, style: span.style, inFlow: inFlow)
        return Fix("replace `\(located.value)` with `\(replacement)`", safety: safety,
                   edits: [TextEdit(path: path, start: span.range.lowerBound, end: span.range.upperBound, replacement: text)])
    }

    /// One replacement per close candidate, the closest first: safe when it is the only one or
    /// strictly closer than the others, a guess when two are as close. None when the closest is
    /// in `taken` (renaming a key to one the mapping has would make a duplicate, not a fix).
    func replacing(_ located: Located<String>, withOneOf words: [String], taken: Set<String> = [], inFlow: Bool = false) -> [Fix] {
        let candidates = Suggestion.candidates(for: located.value, among: words)
        guard let best = candidates.first, !taken.contains(best.word) else { return [] }
        let open = candidates.filter { !taken.contains($0.word) }
        let safety: Fix.Safety = open.count == 1 || open[1].distance > best.distance ? .safe : .unsafe
        return open.compactMap { replacing(located, with: $0.word, safety: safety, inFlow: inFlow) }
    }

    /// Appends a level-2 heading and a prompt to the end of the file, after a blank line.
    /// A section `following` another appended one assumes the other's text is there, so that
    /// together they are separated by exactly one blank line.
    func appendingSection(_ heading: String, following: Bool = false) -> Fix {
        let lineBreak = map.lineBreak
        let bytes = map.bytes
        let endsWithBreak = bytes.last == 0x0A || bytes.last == 0x0D
        let endsWithBlank = bytes.count >= 2 && endsWithBreak && {
            let trimmed = bytes.dropLast(lineBreak.utf8.count)
            return trimmed.last == 0x0A || trimmed.last == 0x0D
        }()
        let lead = following ? lineBreak : endsWithBlank ? "" : endsWithBreak ? lineBreak : lineBreak + lineBreak
        let text = lead + "## \(heading)" + lineBreak + lineBreak + TemplatePrompts.section(heading) + lineBreak
        return Fix("add a `## \(heading)` section at the end", safety: .safe,
                   edits: [TextEdit(path: path, start: bytes.count, end: bytes.count, replacement: text)])
    }
}
