import RoadmapCompiler
import RoadmapCore
import RoadmapLSPProtocol

/// `textDocument/documentSymbol` (a PRD's or objective's sections, and an objective's key
/// results) and `workspace/symbol` (every PRD and objective by title or id).
struct Symbols {
    let workspace: Workspace
    let compilation: Compilation

    private enum Kind {
        static let prd = 5        // Class
        static let objective = 2  // Module
        static let keyResult = 8  // Field
        static let section = 15   // String, as Markdown servers show headings
    }

    func document(_ path: String, lines: LineIndex) -> JSONValue {
        let roadmap = compilation.roadmap
        var symbols: [JSONValue] = []
        let headings: [Body.Heading]
        if let feature = roadmap.features.first(where: { $0.path == path }) {
            headings = feature.body.headings
        } else if let objective = roadmap.objectives.first(where: { $0.path == path }) {
            headings = objective.body.headings
            for kr in objective.keyResults {
                let range = workspace.range(of: kr.location, in: lines)
                symbols.append(symbol(kr.title.isEmpty ? kr.id : kr.title, detail: "key result \(kr.id)", kind: Kind.keyResult,
                                      range: range, selection: range, children: []))
            }
        } else {
            return .array([])
        }
        return .array(symbols + sections(headings, lines: lines))
    }

    /// Headings nested by level, each spanning to the next heading of its level or above.
    private func sections(_ headings: [Body.Heading], lines: LineIndex) -> [JSONValue] {
        func build(_ from: Int, level: Int) -> (symbols: [JSONValue], next: Int) {
            var result: [JSONValue] = []
            var index = from
            while index < headings.count, headings[index].level > level {
                let heading = headings[index]
                let children = build(index + 1, level: heading.level)
                let endLine = children.next < headings.count ? headings[children.next].line - 1 : lines.lineCount
                let start = Position(line: heading.line - 1, character: 0)
                let lastLine = max(heading.line, endLine) - 1
                let end = lines.position(of: lines.lineRange(lastLine).upperBound, encoding: workspace.encoding)
                let selection = lines.lineRange(heading.line - 1)
                result.append(symbol(heading.text, detail: String(repeating: "#", count: heading.level), kind: Kind.section,
                                     range: TextRange(start: start, end: max(start, end)),
                                     selection: workspace.range(of: selection, in: lines), children: children.symbols))
                index = children.next
            }
            return (result, index)
        }
        var all: [JSONValue] = []
        var index = 0
        while index < headings.count {
            let built = build(index, level: headings[index].level - 1)
            all += built.symbols
            index = max(built.next, index + 1)
        }
        return all
    }

    func workspace(matching query: String) -> JSONValue {
        let roadmap = compilation.roadmap
        let words = query.lowercased().split(separator: " ")
        func matches(_ texts: String...) -> Bool {
            let haystack = texts.joined(separator: " ").lowercased()
            return words.allSatisfy { haystack.contains($0) }
        }
        var symbols: [JSONValue] = []
        for feature in roadmap.features where matches(feature.title, feature.id.rawValue) {
            symbols.append(item(feature.title, container: "PRD \(feature.id) (\(feature.status))", kind: Kind.prd, path: feature.path))
        }
        for objective in roadmap.objectives where matches(objective.title, objective.id.rawValue) {
            symbols.append(item(objective.title, container: "objective \(objective.id)", kind: Kind.objective, path: objective.path))
        }
        return .array(symbols)
    }

    private func item(_ name: String, container: String, kind: Int, path: String) -> JSONValue {
        let zero = Position(line: 0, character: 0)
        return .object([
            ("name", .string(name)), ("kind", .integer(kind)), ("containerName", .string(container)),
            ("location", .object([("uri", .string(workspace.uri(of: path))), ("range", TextRange(start: zero, end: zero).json)])),
        ])
    }

    private func symbol(_ name: String, detail: String, kind: Int, range: TextRange, selection: TextRange, children: [JSONValue]) -> JSONValue {
        .object([
            ("name", .string(name.isEmpty ? "(untitled)" : name)), ("detail", .string(detail)), ("kind", .integer(kind)),
            ("range", range.json), ("selectionRange", selection.json), ("children", .array(children)),
        ])
    }
}
