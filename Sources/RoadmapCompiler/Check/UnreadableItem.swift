import RoadmapCore

/// A PRD or objective file that could not be read (bad YAML, no front matter, not text). Its id is
/// recovered from a lexical look at its `id:` line, else from its name, so a reference to it
/// elsewhere says the file is unreadable instead of that nothing has the id (RM508).
struct UnreadableItem: Sendable, Hashable {
    var kind: ItemKind
    var id: ItemID?
    /// The file's first problem, which the references point to.
    var firstError: SourceLocation?
    /// Words of the front matter that look like ids or OKR references (`grow/kr1`): coverage
    /// warnings about what this file may move stay quiet while it cannot be read.
    var mentions: [String]

    static func recover(kind: ItemKind, path: String, text: String?, firstError: SourceLocation?) -> UnreadableItem {
        let head = text.map(frontMatterLines) ?? []
        var id: ItemID? = nil
        for line in head where line.hasPrefix("id:") {
            id = ItemID(cleanValue(line.dropFirst(3)))
            break
        }
        if id == nil { id = ItemID(Slug.make(FileName.stem(path))) }
        return UnreadableItem(kind: kind, id: id, firstError: firstError, mentions: words(head))
    }

    /// The lines of the front matter, or of the start of the file when it has no closing fence.
    private static func frontMatterLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200).enumerated() {
            if n > 0, line.hasPrefix("---") { break }
            lines.append(line)
        }
        return lines
    }

    /// `id: "saved-cards"  # note` -> `saved-cards`.
    private static func cleanValue(_ raw: Substring) -> String {
        var value = raw
        if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
        var text = value.trimmedSpace()
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }

    private static func words(_ lines: [Substring]) -> [String] {
        var found = Set<String>()
        for line in lines {
            let isWordChar: (Character) -> Bool = { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" || $0 == "/" }
            for word in line.split(whereSeparator: { !isWordChar($0) }) where word.count > 1 { found.insert(String(word)) }
        }
        return found.sorted()
    }
}
