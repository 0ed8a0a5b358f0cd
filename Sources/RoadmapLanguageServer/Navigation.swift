import RoadmapCompiler
import RoadmapCore
import RoadmapLSPProtocol

/// `textDocument/definition` and `textDocument/references` on ids and references.
struct Navigation {
    let workspace: Workspace
    let compilation: Compilation

    /// Where the item under the cursor is defined: a PRD's or objective's `id`, a key result's
    /// entry.
    func definition(at cursor: CursorContext) -> JSONValue {
        guard let token = cursor.token, let reference = Reference.of(token, kind: cursor.kind, path: cursor.path, in: compilation.roadmap) else { return .null }
        return declaration(of: reference) ?? .null
    }

    /// Every place the item under the cursor is named: `depends_on` of other PRDs for a PRD,
    /// `okrs` for an objective or key result; with its declaration when the client asks.
    func references(at cursor: CursorContext, includeDeclaration: Bool) -> JSONValue {
        guard let token = cursor.token, let reference = Reference.of(token, kind: cursor.kind, path: cursor.path, in: compilation.roadmap) else { return .null }
        var locations: [JSONValue] = []
        if includeDeclaration, let declaration = declaration(of: reference) { locations.append(declaration) }
        let roadmap = compilation.roadmap
        let (key, paths, matches): (String, [String], (String) -> Bool)
        switch reference {
        case .feature(let feature):
            key = "depends_on"
            paths = feature.dependents.compactMap { roadmap.feature($0)?.path }
            matches = { $0 == feature.id.rawValue }
        case .objective(let objective):
            key = "okrs"
            paths = Self.paths(moving: objective.movers, in: roadmap)
            matches = { $0 == objective.id.rawValue || $0.hasPrefix(objective.id.rawValue + "/") }
        case .keyResult(let objective, let kr):
            key = "okrs"
            paths = Self.paths(moving: Set(kr.movedBy), in: roadmap)
            matches = { $0 == "\(objective.id)/\(kr.id)" }
        }
        for path in paths.sorted() {
            guard let lines = workspace.lines(of: path) else { continue }
            for token in FrontMatterTokens(lines).tokens where token.key == key && matches(token.text) {
                locations.append(location(path, workspace.range(of: token.bytes, in: lines)))
            }
        }
        return .array(locations)
    }

    private static func paths(moving ids: Set<ItemID>, in roadmap: Roadmap) -> [String] {
        ids.compactMap { roadmap.feature($0)?.path }
    }

    private func declaration(of reference: Reference) -> JSONValue? {
        switch reference {
        case .feature(let feature): return idLocation(in: feature.path)
        case .objective(let objective): return idLocation(in: objective.path)
        case .keyResult(let objective, let kr):
            guard let lines = workspace.lines(of: objective.path) else { return nil }
            return location(objective.path, workspace.range(of: kr.location, in: lines))
        }
    }

    /// The `id:` value of a file, or its first line.
    private func idLocation(in path: String) -> JSONValue? {
        guard let lines = workspace.lines(of: path) else { return nil }
        let token = FrontMatterTokens(lines).tokens.first { $0.key == "id" && $0.innerKey == nil }
        let range = token.map { workspace.range(of: $0.bytes, in: lines) } ?? TextRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0))
        return location(path, range)
    }

    private func location(_ path: String, _ range: TextRange) -> JSONValue {
        .object([("uri", .string(workspace.uri(of: path))), ("range", range.json)])
    }
}
