import Yams

/// What holds `QuickComposer` to Yams, for its tests and the fuzz-file target.
extension QuickComposer {
    /// Everything a reader of a node can see (strings, tags, how the resolver reads each scalar,
    /// styles, marks, order), as text.
    package static func describe(_ node: Node) -> String {
        func mark(_ m: Mark?) -> String { m.map { "\($0.line):\($0.column)" } ?? "-" }
        switch node {
        case .scalar(let s):
            let read = [node.null != nil ? "null" : nil, node.bool.map { "\($0)" }, node.int.map { "\($0)" },
                        node.float.map { "\($0)" }].compactMap { $0 }.joined(separator: "/")
            return "scalar(\(s.string.debugDescription) \(s.tag) \(read) \(s.style) @\(mark(s.mark)))"
        case .sequence(let s):
            return "sequence(\(s.tag) \(s.style) @\(mark(s.mark)) [\(s.map(describe).joined(separator: ", "))])"
        case .mapping(let m):
            return "mapping(\(m.tag) \(m.style) @\(mark(m.mark)) {\(m.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", "))})"
        }
    }

    /// The front matter of a whole file described as Yams composes it (nil when it does not)
    /// and as the quick composer does (nil when it gives up or the guard rejects the text).
    package static func bothWays(_ text: String) -> (yams: String?, quick: String?) {
        guard case .success(let split) = FrontMatter.split(text, path: "p.md") else { return (nil, nil) }
        let yams: String? = switch YAMLComposer.compose(split.yaml, firstLine: 1, path: "p.md", quick: false) {
        case .success(let mapping): describe(.mapping(mapping))
        case .failure: nil
        }
        guard YAMLGuard.scan(split.yaml, firstLine: 1, path: "p.md") == nil else { return (yams, nil) }
        return (yams, compose(split.yaml).map { describe(.mapping($0)) })
    }
}
