import RoadmapCore
import RoadmapDriver
import RoadmapLSPProtocol

/// What `initialize` answers: the features this server has.
enum ServerCapabilities {
    static func json(encoding: PositionEncoding) -> JSONValue {
        .object([
            ("capabilities", .object([
                ("positionEncoding", .string(encoding.rawValue)),
                // Incremental: the client sends only the edited range.
                ("textDocumentSync", .object([("openClose", true), ("change", 2), ("save", .object([("includeText", false)]))])),
                ("completionProvider", .object([("triggerCharacters", [":", " ", "[", ",", "/"])])),
                ("hoverProvider", true),
                ("definitionProvider", true),
                ("referencesProvider", true),
                ("documentSymbolProvider", true),
                ("workspaceSymbolProvider", true),
                ("codeActionProvider", .object([("codeActionKinds", ["quickfix"])])),
            ])),
            ("serverInfo", .object([("name", "roadmap"), ("version", .string(RoadmapVersion.current))])),
        ])
    }
}
