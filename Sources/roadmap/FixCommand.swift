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
        let planned = try WriteReport.environment { () throws(SourceError) in try session.planFixes(includeUnsafe: unsafe) }
        let display = DisplayPath(root: session.location.root)
        if dryRun {
            print(session.diff(planned.changes), terminator: "")
            Terminal.writeError(EditText.fixes(planned.plan, skipped: [], display: display.show, verb: "would fix"))
            return
        }
        let written = try WriteReport.environment { () throws(SourceError) in try session.write(planned) }
        WriteReport.show(written.skipped, session: session)
        print(EditText.fixes(planned.plan, skipped: written.skippedPaths, display: display.show, verb: "fixed"), terminator: "")
        print(DiagnosticOutput.render(written.after, format: .text, display: display), terminator: "")
        if written.after.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
