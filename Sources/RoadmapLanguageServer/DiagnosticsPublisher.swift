import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapLSPProtocol

/// Turns a compile's diagnostics into `textDocument/publishDiagnostics` notifications for the
/// files whose diagnostics changed since the last publication, including files that have none
/// any more (so the editor clears them): editing an objective updates the PRDs linking to it.
struct DiagnosticsPublisher {
    /// What was last published for each path with diagnostics, and the diagnostics behind it: a
    /// file whose diagnostics are the same and which is not open (so its text did not move under
    /// them) is not converted again on every keystroke.
    private var published: [String: (diagnostics: [Diagnostic], json: JSONValue, generation: Int)] = [:]
    private var generation = 0
    /// Where explanation pages of codes are written, for the diagnostics' links.
    let explanations: ExplanationPages?

    init(explanations: ExplanationPages?) { self.explanations = explanations }

    mutating func notifications(for compilation: Compilation, in workspace: Workspace) -> [JSONValue] {
        generation += 1
        let open = Set(workspace.documents.values.compactMap(\.path))
        var changed: [(path: String, json: JSONValue)] = []
        // The diagnostics are sorted by file, so each file's are one run; those of the roadmap as
        // a whole (first, without a place) are shown on roadmap.yml with its own.
        let all = compilation.diagnostics
        var runs: [(path: String, diagnostics: ArraySlice<Diagnostic>)] = []
        var start = 0
        while start < all.count {
            let path = all[start].location?.path
            var end = start + 1
            while end < all.count, all[end].location?.path == path { end += 1 }
            runs.append((path ?? "roadmap.yml", all[start..<end]))
            start = end
        }
        if let whole = runs.first, all.first?.location == nil, let own = runs.dropFirst().firstIndex(where: { $0.path == "roadmap.yml" }) {
            runs[own].diagnostics = ArraySlice(Array(whole.diagnostics) + Array(runs[own].diagnostics))
            runs.removeFirst()
        }
        var converted: [Int] = []
        for (index, (path, diagnostics)) in runs.enumerated() {
            if var known = published[path], !open.contains(path), known.diagnostics.elementsEqual(diagnostics) {
                known.generation = generation
                published[path] = known
                continue
            }
            converted.append(index)
        }
        // On all cores: the first publication converts thousands of files' diagnostics, while
        // the cores that compiled them are idle. Only reads of the workspace happen meanwhile.
        let links = Dictionary(Set(converted.flatMap { runs[$0].diagnostics.map(\.code) }).compactMap { code in
            explanations?.uri(for: code).map { (code, $0) }
        }, uniquingKeysWith: { a, _ in a })
        let runList = runs
        let jsons = ParallelMap.map(converted) { index -> JSONValue in
            let (path, diagnostics) = runList[index]
            let lines = workspace.lines(of: path, keep: false) ?? LineIndex("")
            return .array(diagnostics.map { Self.json($0, lines: lines, links: links, in: workspace) })
        }
        for (index, json) in zip(converted, jsons) {
            let (path, diagnostics) = runs[index]
            if published[path]?.json != json { changed.append((path, json)) }
            published[path] = (Array(diagnostics), json, generation)
        }
        for (path, known) in published where known.generation != generation {
            published[path] = nil
            changed.append((path, .array([])))
        }
        return changed.sorted { $0.path < $1.path }.map { path, json in
            let uri = workspace.uri(of: path)
            var params: [(String, JSONValue)] = [("uri", .string(uri)), ("diagnostics", json)]
            if let document = workspace.documents[uri] { params.insert(("version", .integer(document.version)), at: 1) }
            return OutgoingMessage.notification("textDocument/publishDiagnostics", params: .object(params))
        }
    }

    /// One diagnostic as LSP has it, with its help, notes (as related information) and a link
    /// to the explanation of its code.
    func json(_ diagnostic: Diagnostic, lines: LineIndex, in workspace: Workspace) -> JSONValue {
        let link = explanations?.uri(for: diagnostic.code)
        return Self.json(diagnostic, lines: lines, links: link.map { [diagnostic.code: $0] } ?? [:], in: workspace)
    }

    /// The same with the explanation links given: safe to make from several threads at once, as
    /// it only reads the workspace.
    static func json(_ diagnostic: Diagnostic, lines: LineIndex, links: [DiagnosticCode: String], in workspace: Workspace) -> JSONValue {
        let range = diagnostic.location.map { workspace.range(of: $0, in: lines) } ?? TextRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0))
        var message = diagnostic.message
        if let help = diagnostic.help { message += "\nhelp: " + help }
        var members: [(String, JSONValue)] = [
            ("range", range.json),
            ("severity", .integer(severity(diagnostic.severity))),
            ("code", .string(diagnostic.code.rawValue)),
        ]
        if let page = links[diagnostic.code] { members.append(("codeDescription", .object([("href", .string(page))]))) }
        members.append(("source", "roadmap"))
        members.append(("message", .string(message)))
        let related: [JSONValue] = diagnostic.notes.compactMap { note in
            guard let location = note.location, let noteLines = workspace.lines(of: location.path, keep: false) else { return nil }
            return .object([
                ("location", .object([("uri", .string(workspace.uri(of: location.path, remember: false))), ("range", workspace.range(of: location, in: noteLines).json)])),
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
