import RoadmapCore
import Yams

/// Front matter composed by Yams into nodes that keep their line and column.
struct YAMLComposer {
    /// Composes `yaml` whose first line is file line `firstLine`. An empty document is an empty
    /// mapping; a list or a scalar at the top is RM104. Plain front matter is composed by
    /// `QuickComposer` into the same nodes; `quick: false` always asks Yams (for tests).
    static func compose(_ yaml: Substring, firstLine: Int, path: String, quick: Bool = true) -> Result<Node.Mapping, Diagnostic> {
        if let problem = YAMLGuard.scan(yaml, firstLine: firstLine, path: path) { return .failure(problem) }
        if quick, let composed = QuickComposer.compose(yaml) { return .success(composed) }
        let root: Node?
        do {
            let parser = try Parser(yaml: String(yaml), resolver: .basic, constructor: .default, encoding: .utf8)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            return .failure(YAMLErrorAdvice(yaml: yaml, firstLine: firstLine, path: path).diagnostic(for: error))
        } catch {
            return .failure(Diagnostic(.yamlSyntax, "the front matter is not valid YAML: \(error)",
                                       at: SourceLocation(path: path, line: firstLine)))
        }
        switch root {
        case nil:
            return .success(Node.Mapping([]))
        case .mapping(let mapping)?:
            return .success(mapping)
        case let other?:
            let what = other.sequence != nil ? "a list" : "a single value"
            return .failure(Diagnostic(
                .frontMatterNotMapping, "the front matter is \(what), not a set of `key: value` fields",
                at: SourceLocation(path: path, line: (other.mark?.line ?? 1) + firstLine - 1, column: other.mark?.column ?? 1),
                help: "write one field per line, like `id: one-page-checkout`"))
        }
    }
}
