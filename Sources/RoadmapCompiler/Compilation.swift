import RoadmapCore

/// The result of compiling a roadmap: the model, every diagnostic (sorted, with the roadmap's
/// severities applied), and the text of the files so renderers can quote the lines.
public struct Compilation: Sendable {
    public var roadmap: Roadmap
    public var diagnostics: [Diagnostic]
    /// Root-relative path -> decoded text, for files that could be decoded.
    public var texts: [String: String]
    /// How many PRD and objective files were read.
    public var fileCount: Int
    /// Where each PRD's `status` is written, by file path, for checks that compare statuses.
    public var statusLocations: [String: SourceLocation] { statusIndex.byPath }
    /// Made from the analyses on first use: most compiles never ask, and a session's compile
    /// after one edit should not index 10,000 files for nothing.
    var statusIndex = StatusIndex(analyses: [])
    /// Wall time of each stage, in order, for `--timings`.
    public var stageTimes: [(stage: String, seconds: Double)] = []
    /// The audience this compilation was projected for (`seen(by:)`); nil: the team's, everything.
    public var audience: AudienceView?
    /// For a portfolio or one of its sources: the `source:id` references the linker left for the
    /// portfolio's linker, and each PRD's resolved dependencies with where they are written.
    public var external: [ExternalReference] = []
    public var dependencyEdges: [ItemID: [DependencyEdge]] = [:]

    public init(roadmap: Roadmap, diagnostics: [Diagnostic], texts: [String: String], fileCount: Int) {
        self.roadmap = roadmap
        self.diagnostics = diagnostics
        self.texts = texts
        self.fileCount = fileCount
    }

    /// Line `line` (1-based) of `path`, when the text is known.
    public func line(_ line: Int, of path: String) -> String? {
        guard let text = texts[path], line >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        while current < line {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        return String(text[start..<end])
    }
}

/// The status locations of a compile's PRDs, indexed once when first asked for.
final class StatusIndex: Sendable {
    private enum State: Sendable {
        case pending([FileAnalysis])
        case made([String: SourceLocation])
    }

    private let state: Locked<State>

    /// `lazily`: keep the analyses and index them when first asked (a session's store holds them
    /// anyway); otherwise index now, so the analyses, texts and all, are not kept alive for it.
    init(analyses: [FileAnalysis], lazily: Bool = true) {
        state = Locked(.pending(analyses))
        if !lazily { _ = byPath }
    }

    var byPath: [String: SourceLocation] {
        state.withLock { state in
            if case .made(let index) = state { return index }
            guard case .pending(let analyses) = state else { return [:] }
            var made: [String: SourceLocation] = [:]
            for analysis in analyses { if case .feature(let draft) = analysis.item { made[analysis.path] = draft.statusLocation } }
            state = .made(made)
            return made
        }
    }
}
