/// Drops a body's opening level-1 heading when it only repeats the item's title: item pages
/// already show the title as their `h1`, and many real PRDs begin with `# <title>`.
///
/// Done on the Markdown text before rendering, so the body's HTML still comes only from the
/// safe renderer; a heading that differs from the title in anything but case and surrounding
/// space is kept. The result is a view into `markdown`, not a copy: thousands of bodies stay in
/// memory until their pages are rendered.
enum LeadingTitle {
    static func strip(_ markdown: String, title: String) -> Substring {
        let wanted = normalise(Substring(title))
        guard !wanted.isEmpty else { return markdown[...] }
        var rest = Substring(markdown)
        // Blank lines before the heading do not make it any less the first thing.
        while let end = rest.firstIndex(of: "\n"), rest[..<end].allSatisfy(\.isWhitespace) {
            rest = rest[rest.index(after: end)...]
        }
        let lineEnd = rest.firstIndex(of: "\n") ?? rest.endIndex
        let line = rest[..<lineEnd]
        let afterLine = lineEnd == rest.endIndex ? rest[lineEnd...] : rest[rest.index(after: lineEnd)...]
        if let text = atxHeading(line), normalise(text) == wanted { return afterLine }
        // A setext heading: the title on one line, a row of `=` under it.
        let underEnd = afterLine.firstIndex(of: "\n") ?? afterLine.endIndex
        let under = afterLine[..<underEnd].trimmingSpaces()
        if !under.isEmpty, under.allSatisfy({ $0 == "=" }), leadingSpaces(line) < 4,
           normalise(line) == wanted {
            return underEnd == afterLine.endIndex ? afterLine[underEnd...] : afterLine[afterLine.index(after: underEnd)...]
        }
        return markdown[...]
    }

    /// The text of `# text` or `# text #`, or nil when the line is not a level-1 ATX heading.
    private static func atxHeading(_ line: Substring) -> Substring? {
        guard leadingSpaces(line) < 4 else { return nil }
        var text = line.drop { $0 == " " }
        guard text.first == "#" else { return nil }
        text = text.dropFirst()
        guard let next = text.first else { return text }
        guard next == " " || next == "\t" else { return nil }
        text = text.trimmingSpaces()
        // An optional closing run of `#`, which must be preceded by a space (or be all there is).
        let withoutClosing = text.reversed().drop { $0 == "#" }
        if withoutClosing.count < text.count {
            let kept = text.prefix(withoutClosing.count)
            if kept.isEmpty { return kept }
            if let last = kept.last, last == " " || last == "\t" { return kept.trimmingSpaces() }
        }
        return text
    }

    private static func leadingSpaces(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }

    private static func normalise(_ text: Substring) -> String { String(text.trimmingSpaces()).lowercased() }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return start < end ? self[start..<end] : self[start..<start]
    }
}
