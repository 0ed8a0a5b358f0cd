import RoadmapCore
import Yams

/// Front matter composed by Yams into nodes that keep their line and column.
struct YAMLComposer {
    /// Composes `yaml` whose first line is file line `firstLine`. An empty document is an empty
    /// mapping; a list or a scalar at the top is RM104.
    static func compose(_ yaml: Substring, firstLine: Int, path: String) -> Result<Node.Mapping, Diagnostic> {
        if let problem = YAMLGuard.scan(yaml, firstLine: firstLine, path: path) { return .failure(problem) }
        let root: Node?
        do {
            let parser = try Parser(yaml: String(yaml), resolver: .basic, constructor: .default, encoding: .utf8)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, firstLine: firstLine, path: path))
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

    private static func diagnostic(for error: YamlError, firstLine: Int, path: String) -> Diagnostic {
        let help = "check the indentation and quoting near this place; quote values that contain `: ` or start with a special character"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let noticed = SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
            // An unclosed list, mapping or quote is noticed lines later; the mistake is where it opened.
            if let context, context.mark.line < mark.line {
                let opened = SourceLocation(path: path, line: context.mark.line + firstLine - 1, column: context.mark.column)
                return Diagnostic(
                    .yamlSyntax, "invalid YAML: \(problem) \(context.text)", at: opened,
                    help: "close it on the line where it starts (a `[` needs its `]`, a quote its closing quote)",
                    notes: [.init("YAML noticed the problem here", at: noticed)])
            }
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text))" }
            return Diagnostic(.yamlSyntax, message, at: noticed, help: help)
        case let .reader(problem, _, _, _):
            return Diagnostic(.yamlSyntax, "invalid YAML: \(problem)", at: SourceLocation(path: path, line: firstLine), help: help)
        default:
            return Diagnostic(.yamlSyntax, "invalid YAML: \(error)", at: SourceLocation(path: path, line: firstLine), help: help)
        }
    }
}
