import RoadmapCore
import RoadmapMarkdown

/// Everything that can be learnt from one file alone: decoding, front matter, fields, body outline.
/// Pure and thread-safe, so the compiler runs it on many files at once.
struct FileAnalyzer: Sendable {
    let config: RoadmapConfig
    /// The `owner` offered when a PRD has none (git's user name).
    var ownerExample: String? = nil

    func analyze(_ bytes: [UInt8], path: String, kind: ItemKind) -> FileAnalysis {
        var result = parse(bytes, path: path, kind: kind)
        if case .none = result.item {
            let first = result.diagnostics.min(by: Diagnostic.reportOrder)?.location
            result.unreadable = UnreadableItem.recover(kind: kind, path: path, text: result.text, firstError: first)
        }
        return result
    }

    private func parse(_ bytes: [UInt8], path: String, kind: ItemKind) -> FileAnalysis {
        var result = FileAnalysis(path: path, item: .none, diagnostics: [], text: nil)
        let text: String
        switch DecodedText.decode(bytes, path: path) {
        case .success(let decoded): text = decoded.text
        case .failure(let problem):
            result.diagnostics = [problem]
            return result
        }
        result.text = text
        let conflicts = MergeConflictScan.scan(text, path: path)
        guard conflicts.isEmpty else {
            result.diagnostics = conflicts
            return result
        }
        let frontMatter: FrontMatter
        switch FrontMatter.split(text, path: path) {
        case .success(let split): frontMatter = split
        case .failure(let problem):
            result.diagnostics = [problem]
            return result
        }
        switch YAMLComposer.compose(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine, path: path) {
        case .failure(let problem):
            result.diagnostics = [problem]
        case .success(let mapping):
            let body = outline(frontMatter)
            switch kind {
            case .feature:
                let (draft, problems) = FeatureReader(config: config, ownerExample: ownerExample, map: SourceMap(bytes: bytes)).read(mapping, frontMatter: frontMatter, body: body, path: path)
                result.item = .feature(draft)
                result.diagnostics = problems
            case .objective:
                let (draft, problems) = ObjectiveReader(map: SourceMap(bytes: bytes)).read(mapping, frontMatter: frontMatter, body: body, path: path)
                result.item = .objective(draft)
                result.diagnostics = problems
            }
        }
        return result
    }

    /// The body with its headings and relative links, positions in file lines.
    private func outline(_ frontMatter: FrontMatter) -> Body {
        let markdown = String(frontMatter.body)
        let parsed = MarkdownOutline.parse(markdown)
        let shift = frontMatter.bodyFirstLine - 1
        return Body(
            markdown: markdown, firstLine: frontMatter.bodyFirstLine,
            headings: parsed.headings.map { Body.Heading(level: $0.level, text: $0.text, line: $0.line + shift) },
            relativeLinks: parsed.links.filter { MarkdownOutline.isRelative($0.destination) }
                .map { Body.Link(destination: $0.destination, line: $0.line + shift, column: $0.column) })
    }
}
