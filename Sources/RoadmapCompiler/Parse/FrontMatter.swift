import RoadmapCore

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the fences, without them.
    let yaml: Substring
    /// The file line of the YAML's first line (the line after the opening `---`).
    let yamlFirstLine: Int
    let body: Substring
    /// The file line of the body's first line.
    let bodyFirstLine: Int

    /// Splits `text` (LF line endings, no BOM). The opening fence must be the file's first line;
    /// the closing one is `---` or `...` alone on a line.
    static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index? = nil
        // Walks the lines by bytes: this runs on every file of the roadmap.
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if let start = yamlStart {
                if isFence(line) || trimmedTrailing(line) == "..." {
                    return .success(FrontMatter(yaml: text[start..<lineStart], yamlFirstLine: 2,
                                                body: text[next...], bodyFirstLine: lineNumber + 1))
                }
            } else {
                guard isFence(line) else { return .failure(missing(text, path: path)) }
                yamlStart = next
            }
            lineStart = next
            lineNumber += 1
        }
        guard yamlStart != nil else { return .failure(missing(text, path: path)) }
        return .failure(Diagnostic(
            .unterminatedFrontMatter, "the front matter opened on line 1 is never closed",
            at: SourceLocation(path: path, line: 1, column: 1, length: 3),
            help: "end the front matter with a line holding only `---`"))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.utf8.starts(with: "---".utf8) && trimmedTrailing(line) == "---"
    }

    private static func trimmedTrailing(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)] == " " || line[line.index(before: end)] == "\t" {
            end = line.index(before: end)
        }
        return line[line.startIndex..<end]
    }

    /// No fence on line 1: either the front matter is further down (blank lines or text above it),
    /// or there is none at all.
    private static func missing(_ text: String, path: String) -> Diagnostic {
        var lineNumber = 0
        var sawFence = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(60) {
            lineNumber += 1
            if sawFence > 0, line.first.map({ $0.isLetter || $0 == "_" }) == true, line.contains(Character(":")) {
                return Diagnostic(
                    .frontMatterNotAtTop, "the front matter must start on the first line of the file, but it starts on line \(sawFence)",
                    at: SourceLocation(path: path, line: sawFence, column: 1, length: 3),
                    help: "remove everything above the opening `---`, blank lines included")
            }
            sawFence = isFence(line) ? lineNumber : 0
        }
        return Diagnostic(
            .missingFrontMatter, "\(path) has no front matter",
            at: SourceLocation(path: path, line: 1, column: 1),
            help: "start the file with a `---` line, the fields (id, title, ...), and another `---` line")
    }
}
