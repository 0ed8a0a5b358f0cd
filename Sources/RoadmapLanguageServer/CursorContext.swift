import RoadmapCore
import RoadmapLSPProtocol

/// What is under the cursor of a request: the document, its front matter read as words, and the
/// word and key at the position.
struct CursorContext {
    let document: TextDocument
    let path: String
    let kind: Workspace.FileKind
    let frontMatter: FrontMatterTokens
    /// Byte offset of the position.
    let offset: Int
    let position: Position

    init?(_ params: JSONValue, in workspace: Workspace) throws(ResponseError) {
        guard let uri = params["textDocument"]?["uri"]?.stringValue, let position = Position(params["position"]) else {
            throw .invalidParams("expected `textDocument.uri` and `position`")
        }
        guard let document = workspace.documents[uri], let path = document.path else { return nil }
        self.document = document
        self.path = path
        self.position = position
        kind = workspace.kind(of: path)
        frontMatter = FrontMatterTokens(document.lines)
        offset = document.lines.offset(of: position, encoding: workspace.encoding)
    }

    var token: FrontMatterTokens.Token? { frontMatter.token(at: offset) }

    /// The line's text before the cursor.
    var linePrefix: String {
        let range = document.lines.lineRange(position.line)
        return String(decoding: document.bytes[range.lowerBound..<min(max(offset, range.lowerBound), range.upperBound)], as: UTF8.self)
    }
}

/// What a word of the front matter names, by the key it is written under.
enum Reference {
    case feature(Feature)
    case objective(Objective)
    case keyResult(Objective, KeyResult)

    /// What `token` of a file of `kind` at `path` refers to in `roadmap`, if anything.
    static func of(_ token: FrontMatterTokens.Token, kind: Workspace.FileKind, path: String, in roadmap: Roadmap) -> Reference? {
        switch (kind, token.key, token.innerKey) {
        case (.prd, "id", _), (.prd, "depends_on", _):
            return ItemID(token.text).flatMap(roadmap.feature).map(Reference.feature)
        case (.prd, "okrs", _):
            guard let reference = OKRReference(token.text), let objective = roadmap.objective(reference.objective) else { return nil }
            guard let kr = reference.keyResult else { return .objective(objective) }
            return objective.keyResult(kr).map { .keyResult(objective, $0) }
        case (.objective, "id", _):
            return ItemID(token.text).flatMap(roadmap.objective).map(Reference.objective)
        case (.objective, "key_results", "id"):
            guard let objective = roadmap.objectives.first(where: { $0.path == path }), let kr = objective.keyResult(token.text) else { return nil }
            return .keyResult(objective, kr)
        default:
            return nil
        }
    }
}
