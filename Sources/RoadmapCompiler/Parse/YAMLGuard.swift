import RoadmapCore

/// A lexical pass over front matter before Yams sees it.
///
/// Written by hand because Yams offers no hook for these: it composes aliases without a bound on
/// what they expand to (an alias bomb), recurses once per nesting level (a deep document overflows
/// a worker thread's stack), and reports tab indentation as a generic scanner error. The pass
/// tracks quotes, comments and block scalars so that `&`, `*` and tabs inside text are left alone.
/// It works on UTF-8 bytes (every character it looks for is ASCII) and counts columns in Unicode
/// scalars only when it reports.
struct YAMLGuard {
    static let maxDepth = 40

    /// The first problem found, if any; the caller does not parse the YAML when there is one.
    static func scan(_ yaml: Substring, firstLine: Int, path: String) -> Diagnostic? {
        var yaml = yaml
        return yaml.withUTF8 { scan($0, firstLine: firstLine, path: path) }
    }

    private static func scan(_ b: UnsafeBufferPointer<UInt8>, firstLine: Int, path: String) -> Diagnostic? {
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(0x0A)
        var quote: UInt8? = nil
        var flowDepth = 0
        var indents: [Int] = []
        var blockScalarIndent: Int? = nil
        var lineNumber = firstLine - 1
        var lineStart = 0
        func column(_ i: Int) -> Int { b[lineStart..<i].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
        while lineStart < b.count || (lineStart == b.count && lineNumber == firstLine - 1) {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < b.count, b[lineEnd] != newline { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var indent = 0
            while lineStart + indent < lineEnd, b[lineStart + indent] == space { indent += 1 }
            var firstText = lineStart + indent
            while firstText < lineEnd, b[firstText] == space || b[firstText] == tab { firstText += 1 }
            let isBlank = firstText == lineEnd
            if let blockIndent = blockScalarIndent {
                if isBlank || indent > blockIndent { continue }
                blockScalarIndent = nil
            }
            if quote == nil, !isBlank, b[lineStart + indent] == tab {
                return Diagnostic(
                    .tabIndentation, "a tab is used for indentation; YAML allows only spaces there",
                    at: SourceLocation(path: path, line: lineNumber, column: indent + 1),
                    help: "replace the tab with spaces")
            }
            if quote == nil, flowDepth == 0, !isBlank, b[lineStart + indent] != UInt8(ascii: "#") {
                while let last = indents.last, last > indent { indents.removeLast() }
                if indents.last != indent { indents.append(indent) }
                if indents.count > maxDepth { return tooDeep(path: path, line: lineNumber, column: indent + 1) }
            }
            // Whether the next character would start a node: only there can `&`, `*`, a quote or
            // a block scalar indicator begin; elsewhere they are text of a plain scalar.
            var expectingNode = quote == nil
            func followedBySpace(_ i: Int) -> Bool {
                guard i + 1 < lineEnd else { return true }
                let next = b[i + 1]
                return next == space || next == tab
                    || (flowDepth > 0 && (next == UInt8(ascii: ",") || next == UInt8(ascii: "]") || next == UInt8(ascii: "}")))
            }
            var i = lineStart
            scanLine: while i < lineEnd {
                let c = b[i]
                if let q = quote {
                    if c == q {
                        if q == UInt8(ascii: "'"), i + 1 < lineEnd, b[i + 1] == q { i += 2; continue }
                        quote = nil
                    } else if q == UInt8(ascii: "\""), c == UInt8(ascii: "\\") {
                        i += 1
                    }
                    i += 1
                    continue
                }
                switch c {
                case space, tab:
                    break
                case UInt8(ascii: "#") where i == lineStart || b[i - 1] == space || b[i - 1] == tab:
                    break scanLine
                case UInt8(ascii: "\"") where expectingNode, UInt8(ascii: "'") where expectingNode:
                    quote = c
                    expectingNode = false
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flowDepth += 1
                    expectingNode = true
                    if flowDepth + indents.count > maxDepth { return tooDeep(path: path, line: lineNumber, column: column(i)) }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    flowDepth = max(0, flowDepth - 1)
                    expectingNode = false
                case UInt8(ascii: ",") where flowDepth > 0:
                    expectingNode = true
                case UInt8(ascii: ":") where followedBySpace(i):
                    expectingNode = true
                case UInt8(ascii: "-") where expectingNode && followedBySpace(i),
                     UInt8(ascii: "?") where expectingNode && followedBySpace(i):
                    break
                case UInt8(ascii: "!") where expectingNode:
                    while i + 1 < lineEnd, b[i + 1] != space { i += 1 }
                case UInt8(ascii: "&") where expectingNode, UInt8(ascii: "*") where expectingNode:
                    let what = c == UInt8(ascii: "&") ? "anchors" : "aliases"
                    return Diagnostic(
                        .yamlAlias, "YAML \(what) are not allowed in front matter",
                        at: SourceLocation(path: path, line: lineNumber, column: column(i)),
                        help: "write the value out in full; to start a text with `\(Character(Unicode.Scalar(c)))`, put it in quotes")
                case UInt8(ascii: "|") where expectingNode && flowDepth == 0,
                     UInt8(ascii: ">") where expectingNode && flowDepth == 0:
                    blockScalarIndent = indent
                    break scanLine
                default:
                    expectingNode = false
                }
                i += 1
            }
            if lineEnd == b.count { break }
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
