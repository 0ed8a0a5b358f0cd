/// Turns heading texts into `id`s that are stable (same text, same id) and unique within a page.
///
/// Close to GitHub's scheme: lower-case, letters, digits, `_` and `-` kept, spaces become `-`,
/// other punctuation dropped; repeats get `-1`, `-2`, … ("Intro", "Intro" → `intro`, `intro-1`).
/// Runs of `-` are folded and trimmed, and a heading with no usable character becomes `section`.
struct HeadingSlugger {
    private var used: Set<String> = []

    mutating func slug(for text: String) -> String {
        let base = Self.base(text)
        var candidate = base
        var suffix = 0
        while used.contains(candidate) {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        used.insert(candidate)
        return candidate
    }

    private static func base(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else if character == " " || character == "-" || character.isWhitespace {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
