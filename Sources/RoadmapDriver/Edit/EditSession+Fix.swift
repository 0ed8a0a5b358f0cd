import RoadmapCompiler
import RoadmapCore
import RoadmapSources

/// The fixes `roadmap fix` makes, planned from the roadmap as it is on disk.
public struct PlannedFixes: Sendable {
    public var plan: FixPlan
    /// One change per file the taken fixes edit.
    public var changes: [FileChange]
}

/// What writing planned fixes did.
public struct WrittenFixes: Sendable {
    /// RM962 for each file left alone because it changed after it was read.
    public var skipped: [Diagnostic]
    /// The roadmap compiled again from disk afterwards, as `check` will see it.
    public var after: Compilation

    /// The root-relative paths of the files left alone.
    public var skippedPaths: Set<String> { Set(skipped.compactMap(\.location?.path)) }
}

extension EditSession {
    /// `roadmap fix` before it writes: the safe fixes of every diagnostic (and, with
    /// `includeUnsafe`, the closest guesses), as changes to the files read.
    public func planFixes(includeUnsafe: Bool) throws(SourceError) -> PlannedFixes {
        let before = try compile()
        let plan = FixPlan(before.diagnostics, includeUnsafe: includeUnsafe)
        let changes = plan.paths.compactMap { path in
            original(of: path).flatMap { FileChange(path: path, before: $0, edits: plan.editsByPath[path] ?? []) }
        }
        return PlannedFixes(plan: plan, changes: changes)
    }

    /// Writes `planned` (each file atomically, unless it changed since it was read), then
    /// compiles the roadmap again with the options `check` uses.
    public func write(_ planned: PlannedFixes) throws(SourceError) -> WrittenFixes {
        let skipped = try write(planned.changes)
        let after = try EditSession(location: location, options: options).compile()
        return WrittenFixes(skipped: skipped, after: after)
    }
}
