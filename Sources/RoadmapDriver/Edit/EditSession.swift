import RoadmapCompiler
import RoadmapCore
import RoadmapSources

/// What the commands that write (`fix`, `move`, `set`) share: the roadmap compiled from the
/// working tree with the bytes of every file remembered, edits checked the way `check` checks
/// before anything is written, atomic writes that leave alone a file changed since it was read,
/// and the diff of a dry run.
public final class EditSession: EditContext, @unchecked Sendable {
    public let location: RoadmapLocation
    /// The day and user name `check` would compile with, so that an edit is judged, and its
    /// result re-checked, as `check` judges it.
    public let options: CompileOptions
    private let recording: RecordingSource

    public init(location: RoadmapLocation, options: CompileOptions = CompileOptions()) {
        self.location = location
        self.options = options
        recording = RecordingSource(location.workingTree())
    }

    /// The roadmap as it is on disk; no cache, so every file's bytes are read and remembered.
    public func compile() throws(SourceError) -> Compilation {
        try RoadmapCompiler(source: recording, options: options).compile()
    }

    /// The bytes of `path` as compiled.
    public func original(of path: String) -> [UInt8]? { recording.bytes(of: path) }

    /// The roadmap as it would be with `changes` made, and the errors the changes bring that
    /// were not there before (by code, file and message), which refuse the edit.
    public func newErrors(of changes: [FileChange], comparedWith before: Compilation) throws(SourceError) -> (Compilation, [Diagnostic]) {
        let overlay = OverlaySource(recording.base, replacing: Dictionary(changes.map { ($0.path, $0.after) }, uniquingKeysWith: { a, _ in a }))
        let after = try RoadmapCompiler(source: overlay, options: options).compile()
        var known: [String: Int] = [:]
        for d in before.diagnostics where d.severity == .error { known[Self.key(d), default: 0] += 1 }
        var fresh: [Diagnostic] = []
        for d in after.diagnostics where d.severity == .error {
            let key = Self.key(d)
            if let count = known[key], count > 0 { known[key] = count - 1 } else { fresh.append(d) }
        }
        return (after, fresh)
    }

    private static func key(_ d: Diagnostic) -> String { "\(d.code.rawValue)\u{0}\(d.location?.path ?? "")\u{0}\(d.message)" }

    /// Absolute path of a root-relative path.
    public func absolute(_ path: String) -> String { location.root + "/" + path }

    /// Writes each change unless its file changed since it was read; RM962 for those left alone.
    public func write(_ changes: [FileChange]) throws(SourceError) -> [Diagnostic] {
        var skipped: [Diagnostic] = []
        for change in changes {
            if try AtomicFile.replace(absolute(change.path), with: change.after, ifStill: change.before) == .changedSinceRead {
                skipped.append(Diagnostic(
                    .fileChangedSinceRead, "\(change.path) changed after it was read, so it was left alone",
                    at: SourceLocation(path: change.path, line: 1), help: "run the command again"))
            }
        }
        return skipped
    }

    /// A patch of `changes` for `git apply` at the top of the repository (or at the roadmap root
    /// outside one).
    public func diff(_ changes: [FileChange]) -> String {
        let prefix = location.pathInRepository.isEmpty ? "" : location.pathInRepository + "/"
        return changes.sorted { $0.path < $1.path }
            .map { UnifiedDiff.render(path: prefix + $0.path, original: $0.before, edits: $0.edits) }.joined()
    }
}
