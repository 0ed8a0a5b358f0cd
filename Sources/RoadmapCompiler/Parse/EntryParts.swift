import RoadmapCore

/// The words of one list entry written without commas (`[saved-cards one-page]` reads as the one
/// entry `saved-cards one-page`), each with its own place, so each can be checked on its own.
enum EntryParts {
    static func split(_ entry: Located<String>) -> [Located<String>] {
        var parts: [Located<String>] = []
        var column = entry.location.column
        var current = ""
        var start = column
        for scalar in entry.value.unicodeScalars {
            if scalar == " " || scalar == "\t" {
                if !current.isEmpty { parts.append(part(current, start, entry.location)) }
                current = ""
                start = column + 1
            } else {
                if current.isEmpty { start = column }
                current.unicodeScalars.append(scalar)
            }
            column += 1
        }
        if !current.isEmpty { parts.append(part(current, start, entry.location)) }
        return parts
    }

    /// Where the first comma belongs: the first space of the entry.
    static func missingComma(in entry: Located<String>) -> SourceLocation {
        let offset = entry.value.unicodeScalars.firstIndex { $0 == " " || $0 == "\t" }
            .map { entry.value.unicodeScalars.distance(from: entry.value.unicodeScalars.startIndex, to: $0) } ?? 0
        return SourceLocation(path: entry.location.path, line: entry.location.line, column: entry.location.column + offset)
    }

    private static func part(_ text: String, _ column: Int, _ at: SourceLocation) -> Located<String> {
        Located(value: text, location: SourceLocation(path: at.path, line: at.line, column: column, length: text.unicodeScalars.count))
    }
}
