import RoadmapCompiler
import RoadmapCore
import RoadmapLSPProtocol

/// `textDocument/codeAction`: the fix-its of the diagnostics in the range asked about, as the
/// same edits `roadmap fix` applies (safe fixes are marked preferred).
struct CodeActions {
    let workspace: Workspace
    let compilation: Compilation
    let publisher: DiagnosticsPublisher

    func actions(for path: String, range: TextRange, lines: LineIndex) -> JSONValue {
        var actions: [JSONValue] = []
        for diagnostic in compilation.diagnostics where diagnostic.location?.path == path && !diagnostic.fixes.isEmpty {
            guard let location = diagnostic.location else { continue }
            let at = workspace.range(of: location, in: lines)
            // Lines, not characters: a client asks for the cursor's position or line.
            guard at.start.line <= range.end.line, at.end.line >= range.start.line else { continue }
            for (n, fix) in diagnostic.fixes.enumerated() {
                guard let edit = workspaceEdit(fix) else { continue }
                actions.append(.object([
                    ("title", .string(fix.title)), ("kind", "quickfix"),
                    ("diagnostics", .array([publisher.json(diagnostic, lines: lines, in: workspace)])),
                    ("isPreferred", .bool(n == 0 && fix.safety == .safe)),
                    ("edit", edit),
                ]))
            }
        }
        return .array(actions)
    }

    /// The fix's byte edits as LSP text edits, per file.
    private func workspaceEdit(_ fix: Fix) -> JSONValue? {
        var byPath: [String: [JSONValue]] = [:]
        for edit in fix.edits {
            guard let lines = workspace.lines(of: edit.path), edit.end <= lines.bytes.count else { return nil }
            byPath[edit.path, default: []].append(.object([
                ("range", workspace.range(of: edit.start..<edit.end, in: lines).json), ("newText", .string(edit.replacement)),
            ]))
        }
        return .object([("changes", .object(byPath.sorted { $0.key < $1.key }.map { (workspace.uri(of: $0.key), .array($0.value)) }))])
    }
}
