import RoadmapCore

/// A lexical pass over front matter before Yams sees it.
///
/// Written by hand because Yams offers no hook for these: it composes aliases without a bound on
/// what they expand to (an alias bomb), recurses once per nesting level (a deep document overflows
/// a worker thread's stack), and reports tab indentation as a generic scanner error. The pass
/// tracks quotes, comments and block scalars so that `&`, `*` and tabs inside text are left alone.
struct YAMLGuard {
    static let maxDepth = 40

    /// The first problem found, if any; the caller does not parse the YAML when there is one.
    static func scan(_ yaml: Substring, firstLine: Int, path: String) -> Diagnostic? {
        var quote: Character? = nil
        var flowDepth = 0
        var indents: [Int] = []
        var blockScalarIndent: Int? = nil
        var lineNumber = firstLine - 1
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            let isBlank = scalars.allSatisfy { $0 == " " || $0 == "\t" }
            if let blockIndent = blockScalarIndent {
                if isBlank || indent > blockIndent { continue }
                blockScalarIndent = nil
            }
            if quote == nil, !isBlank, indent < scalars.count, scalars[indent] == "\t" {
                return Diagnostic(
                    .tabIndentation, "a tab is used for indentation; YAML allows only spaces there",
                    at: SourceLocation(path: path, line: lineNumber, column: indent + 1),
                    help: "replace the tab with spaces")
            }
            if quote == nil, flowDepth == 0, !isBlank, scalars[indent] != "#" {
                while let last = indents.last, last > indent { indents.removeLast() }
                if indents.last != indent { indents.append(indent) }
                if indents.count > maxDepth { return tooDeep(path: path, line: lineNumber, column: indent + 1) }
            }
            var i = 0
            // Whether the next character would start a node: only there can `&`, `*`, a quote or
            // a block scalar indicator begin; elsewhere they are text of a plain scalar.
            var expectingNode = quote == nil
            func followedBySpace(_ i: Int) -> Bool {
                i + 1 == scalars.count || scalars[i + 1] == " " || scalars[i + 1] == "\t"
                    || (flowDepth > 0 && [",", "]", "}"].contains(scalars[i + 1]))
            }
            while i < scalars.count {
                let c = scalars[i]
                if let q = quote {
                    if Character(c) == q {
                        if q == "'", i + 1 < scalars.count, scalars[i + 1] == "'" { i += 2; continue }
                        quote = nil
                    } else if q == "\"", c == "\\" {
                        i += 1
                    }
                    i += 1
                    continue
                }
                switch c {
                case " ", "\t":
                    break
                case "#" where i == 0 || scalars[i - 1] == " " || scalars[i - 1] == "\t":
                    i = scalars.count
                    continue
                case "\"" where expectingNode, "'" where expectingNode:
                    quote = Character(c)
                    expectingNode = false
                case "[", "{":
                    flowDepth += 1
                    expectingNode = true
                    if flowDepth + indents.count > maxDepth { return tooDeep(path: path, line: lineNumber, column: i + 1) }
                case "]", "}":
                    flowDepth = max(0, flowDepth - 1)
                    expectingNode = false
                case "," where flowDepth > 0:
                    expectingNode = true
                case ":" where followedBySpace(i):
                    expectingNode = true
                case "-" where expectingNode && followedBySpace(i), "?" where expectingNode && followedBySpace(i):
                    break
                case "!" where expectingNode:
                    while i + 1 < scalars.count, scalars[i + 1] != " " { i += 1 }
                case "&" where expectingNode, "*" where expectingNode:
                    return Diagnostic(
                        .yamlAlias, "YAML \(c == "&" ? "anchors" : "aliases") are not allowed in front matter",
                        at: SourceLocation(path: path, line: lineNumber, column: i + 1),
                        help: "write the value out in full; to start a text with `\(c)`, put it in quotes")
                case "|" where expectingNode && flowDepth == 0, ">" where expectingNode && flowDepth == 0:
                    blockScalarIndent = indent
                    i = scalars.count
                    continue
                default:
                    expectingNode = false
                }
                i += 1
            }
        }
        return nil
    }

    private static func tooDeep(path: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(
            .yamlTooDeep, "the front matter nests deeper than \(maxDepth) levels",
            at: SourceLocation(path: path, line: line, column: column),
            help: "front matter fields are at most a few levels deep; flatten this value")
    }
}
