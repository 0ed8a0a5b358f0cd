import RoadmapCompiler
import RoadmapCore
import RoadmapDriver
import RoadmapReport

/// What the edit tools share with `roadmap move`, `set` and `fix`: the same plan, refusal and
/// write through `EditSession`, reported in the CLI's words, with paths relative to the roadmap.
enum EditAnswers {
    /// `move` and `set`: plan `edits`, then write them unless `dryRun`. A refused edit or a file
    /// changed since it was read is a failure carrying the diagnostics as `check` prints them.
    static func items(_ edits: [ItemEdit], dryRun: Bool, context: RoadmapContext) throws(ToolFailure) -> [String] {
        let session = context.editSession()
        let planned: PlannedItemEdit
        switch try answering({ () throws(SourceError) in try session.plan(edits) }) {
        case .success(let plan): planned = plan
        case .failure(let refused):
            throw ToolFailure("refused; nothing was written:\n\n" + report(refused.diagnostics, texts: refused.texts))
        }
        if dryRun { return [session.diff([planned.change])] }
        try write(session) { () throws(SourceError) in try session.write([planned.change]) }
        // The working tree session notices the new bytes by itself; naming the file skips the stat check.
        context.workingTree.filesChanged([planned.change.path])
        return [EditText.updates(planned, target: edits.first?.target ?? "", display: { $0 })]
    }

    /// `fix`: the safe fixes (and with `unsafe` the closest guesses), written unless `dryRun`;
    /// then what was fixed and the problems left, as `check` reports them.
    static func fixes(unsafe: Bool, dryRun: Bool, context: RoadmapContext) throws(ToolFailure) -> [String] {
        let session = context.editSession()
        let planned = try answering { () throws(SourceError) in try session.planFixes(includeUnsafe: unsafe) }
        if dryRun {
            return [EditText.fixes(planned.plan, skipped: [], display: { $0 }, verb: "would fix"), session.diff(planned.changes)]
        }
        let written = try answering { () throws(SourceError) in try session.write(planned) }
        context.workingTree.filesChanged(planned.changes.map(\.path))
        var answer = [EditText.fixes(planned.plan, skipped: written.skippedPaths, display: { $0 }, verb: "fixed"),
                      JSONReporter(quoter: .plain).render(written.after.diagnostics, fileCount: written.after.fileCount)]
        if !written.skipped.isEmpty { answer.append(report(written.skipped, texts: [:])) }
        return answer
    }

    /// Writes through `body`; files left alone because they changed since they were read fail the call.
    private static func write(_ session: EditSession, _ body: () throws(SourceError) -> [Diagnostic]) throws(ToolFailure) {
        let skipped = try answering(body)
        if !skipped.isEmpty { throw ToolFailure(report(skipped, texts: [:])) }
    }

    /// Diagnostics as `check` prints them, quoting `texts`, without colour.
    static func report(_ diagnostics: [Diagnostic], texts: [String: String]) -> String {
        let reporter = TextReporter(quoter: SourceQuoter(texts: texts, display: { $0 }), color: false)
        return diagnostics.map { reporter.render($0) }.joined()
    }
}
