import RoadmapCompiler
import RoadmapCore
import RoadmapSources

/// Why `roadmap move` or `set` wrote nothing: the diagnostics `check` would give for the edit,
/// with the texts they point into (the edited file's text where the edit made it).
public struct RefusedItemEdit: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public var texts: [String: String]
}

extension EditSession {
    /// `roadmap move` and `set` before they write: `edits` (all on one PRD, objective or key
    /// result) planned on the roadmap as it is on disk and checked as `check` checks, or refused.
    public func plan(_ edits: [ItemEdit]) throws(SourceError) -> Result<PlannedItemEdit, RefusedItemEdit> {
        let compilation = try compile()
        do throws(EditRefusal) {
            return .success(try ItemEditPlanner.plan(edits, in: compilation, session: self))
        } catch {
            return .failure(RefusedItemEdit(diagnostics: error.diagnostics,
                                            texts: compilation.texts.merging(error.texts) { _, edited in edited }))
        }
    }
}
