import RoadmapDriver
import ArgumentParser
import RoadmapCompiler
import RoadmapCore
import RoadmapSources

/// `roadmap fix`: makes the fixes `check` suggests, in the working tree.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply the fixes check suggests (safe ones; --unsafe adds guesses), then check again.",
        discussion: """
            A safe fix cannot change what a file means (the only status spelled like the one written, \
            a date written out in full, an upper-case id, a misspelt field name, a missing required \
            section added as a heading with a prompt); an unsafe one is a guess among several and is \
            only made with --unsafe. Each file is replaced atomically, and a file that changed since \
            it was read is left alone.

            Examples:
              roadmap fix
              roadmap fix --dry-run | git apply --check
              roadmap fix --unsafe sample-roadmap
            """)

    @OptionGroup var source: SourceOptions

    @Flag(help: "Also make unsafe fixes: of several candidates, the closest.")
    var unsafe = false

    @Flag(help: "Print the fixes as a unified diff (for `git apply`, from the top of the repository) and change nothing.")
    var dryRun = false

    func validate() throws { try source.validateWorkingTreeOnly("fix") }

    func run() throws {
        let session = try source.editSession()
        let before = try WriteReport.environment { () throws(SourceError) in try session.compile() }
        let plan = FixPlan(before.diagnostics, includeUnsafe: unsafe)
        let changes = plan.paths.compactMap { path in
            session.original(of: path).flatMap { FileChange(path: path, before: $0, edits: plan.editsByPath[path] ?? []) }
        }
        let display = DisplayPath(root: session.location.root)
        if dryRun {
            print(session.diff(changes), terminator: "")
            Terminal.writeError(FixText.lines(plan, skipped: [], display: display, verb: "would fix"))
            return
        }
        let skipped = try WriteReport.environment { () throws(SourceError) in try session.write(changes) }
        WriteReport.show(skipped, session: session)
        let after = try WriteReport.environment { () throws(SourceError) in try EditSession(location: session.location, options: session.options).compile() }
        print(FixText.lines(plan, skipped: Set(skipped.compactMap(\.location?.path)), display: display, verb: "fixed"), terminator: "")
        print(DiagnosticOutput.render(after, format: .text, display: display), terminator: "")
        if after.diagnostics.hasErrors { throw ExitCode(1) }
    }
}

/// What `fix` did, one line per fix, as `path:line:col: fixed RMnnn: what`.
enum FixText {
    static func lines(_ plan: FixPlan, skipped: Set<String>, display: DisplayPath, verb: String) -> String {
        func place(_ d: Diagnostic) -> String {
            guard let l = d.location else { return "roadmap" }
            return "\(display.show(l.path)):\(l.line):\(l.column)"
        }
        var out = ""
        var made = 0
        for taken in plan.taken where !skipped.contains(taken.diagnostic.location?.path ?? "") {
            out += "\(place(taken.diagnostic)): \(verb) \(taken.diagnostic.code.rawValue): \(taken.fix.title)\n"
            made += 1
        }
        for held in plan.heldBack {
            out += "\(place(held.diagnostic)): held back \(held.diagnostic.code.rawValue): \(held.fix.title), because \(held.reason)\n"
        }
        let files = Set(plan.taken.compactMap(\.diagnostic.location?.path)).subtracting(skipped).count
        out += "\(verb) \(made) \(made == 1 ? "problem" : "problems") in \(files) \(files == 1 ? "file" : "files")"
        out += plan.heldBack.isEmpty ? "\n" : "; held back \(plan.heldBack.count)\n"
        return out
    }
}
