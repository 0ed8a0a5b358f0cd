import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapLSPProtocol

/// Turns a compile's diagnostics into `textDocument/publishDiagnostics` notifications for the
/// files whose diagnostics changed since the last publication, including files that have none
/// any more (so the editor clears them): editing an objective updates the PRDs linking to it.
struct DiagnosticsPublisher {
    /// What was last published, per URI.
    private var published: [String: JSONValue] = [:]
    /// The diagnostics behind it, per path: a file whose diagnostics are the same and which is
    /// not open (so its text did not move under them) is not converted again on every keystroke.
    private var lastDiagnostics: [String: [Diagnostic]] = [:]
    /// Where explanation pages of codes are written, for the diagnostics' links.
    let explanations: ExplanationPages?

    init(explanations: ExplanationPages?) { self.explanations = explanations }

    mutating func notifications(for compilation: Compilation, in workspace: Workspace) -> [JSONValue] {
        var byPath: [String: [Diagnostic]] = [:]
        for diagnostic in compilation.diagnostics {
            // Problems of the roadmap as a whole are shown on roadmap.yml.
            byPath[diagnostic.location?.path ?? "roadmap.yml", default: []].append(diagnostic)
        }
        let open = Set(workspace.documents.values.compactMap(\.path))
        var current: [String: JSONValue] = [:]
        var reused = Set<String>()
        for (path, diagnostics) in byPath {
            let uri = workspace.uri(of: path)
            if !open.contains(path), lastDiagnostics[path] == diagnostics, let known = published[uri] {
                current[uri] = known
                reused.insert(uri)
                continue
            }
            let lines = workspace.lines(of: path) ?? LineIndex("")
            current[uri] = .array(diagnostics.map { json($0, lines: lines, in: workspace) })
        }
        lastDiagnostics = byPath
        var messages: [JSONValue] = []
        for uri in Set(published.keys).union(current.keys).sorted() where !reused.contains(uri) {
            let now = current[uri] ?? .array([])
            guard published[uri] != now else { continue }
            var params: [(String, JSONValue)] = [("uri", .string(uri)), ("diagnostics", now)]
            if let document = workspace.documents[uri] { params.insert(("version", .integer(document.version)), at: 1) }
            messages.append(OutgoingMessage.notification("textDocument/publishDiagnostics", params: .object(params)))
        }
        published = current.filter { $0.value != .array([]) }
        return messages
    }

    /// One diagnostic as LSP has it, with its help, notes (as related information) and a link
    /// to the explanation of its code.
    func json(_ diagnostic: Diagnostic, lines: LineIndex, in workspace: Workspace) -> JSONValue {
        let range = diagnostic.location.map { workspace.range(of: $0, in: lines) } ?? TextRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0))
        var message = diagnostic.message
        if let help = diagnostic.help { message += "\nhelp: " + help }
        var members: [(String, JSONValue)] = [
            ("range", range.json),
            ("severity", .integer(Self.severity(diagnostic.severity))),
            ("code", .string(diagnostic.code.rawValue)),
        ]
        if let page = explanations?.uri(for: diagnostic.code) { members.append(("codeDescription", .object([("href", .string(page))]))) }
        members.append(("source", "roadmap"))
        members.append(("message", .string(message)))
        let related: [JSONValue] = diagnostic.notes.compactMap { note in
            guard let location = note.location, let noteLines = workspace.lines(of: location.path) else { return nil }
            return .object([
                ("location", .object([("uri", .string(workspace.uri(of: location.path))), ("range", workspace.range(of: location, in: noteLines).json)])),
                ("message", .string(note.message)),
            ])
        }
        if !related.isEmpty { members.append(("relatedInformation", .array(related))) }
        return .object(members)
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
    }
}
