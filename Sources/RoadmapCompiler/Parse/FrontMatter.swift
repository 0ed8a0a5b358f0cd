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
        var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard isFence(lines[0]) else { return .failure(missing(text, path: path)) }
        var rest = lines.count > 1 ? lines[1] : text[text.endIndex...]
        var lineNumber = 2
        let yamlStart = rest.startIndex
        while !rest.isEmpty {
            lines = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let line = lines[0]
            if isFence(line) || trimmedTrailing(line) == "..." {
                let yaml = text[yamlStart..<line.startIndex]
                let body = lines.count > 1 ? lines[1] : text[text.endIndex...]
                return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: lineNumber + 1))
            }
            rest = lines.count > 1 ? lines[1] : text[text.endIndex...]
            lineNumber += 1
        }
        return .failure(Diagnostic(
            .unterminatedFrontMatter, "the front matter opened on line 1 is never closed",
            at: SourceLocation(path: path, line: 1, column: 1, length: 3),
            help: "end the front matter with a line holding only `---`"))
    }

    private static func isFence(_ line: Substring) -> Bool { trimmedTrailing(line) == "---" }

    private static func trimmedTrailing(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, [" ", "\t"].contains(line[line.index(before: end)]) { end = line.index(before: end) }
        return line[line.startIndex..<end]
    }

    /// No fence on line 1: either the front matter is further down (blank lines or text above it),
    /// or there is none at all.
    private static func missing(_ text: String, path: String) -> Diagnostic {
        var lineNumber = 0
        var sawFence = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(60) {
            lineNumber += 1
            if sawFence > 0, line.first.map({ $0.isLetter || $0 == "_" }) == true, line.contains(":") {
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
