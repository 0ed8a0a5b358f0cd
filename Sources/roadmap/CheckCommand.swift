import RoadmapDriver
import ArgumentParser
import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapReport
import RoadmapSources

/// `roadmap check`: every problem of the roadmap at once, like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the roadmap and report every problem with its file, line and column.",
        discussion: """
            Reads the working tree by default (skipping what git ignores), a commit with --ref, the last \
            commit on or before a day with --at, or the index with --staged. The roadmap is PATH (or -C \
            PATH), else the nearest folder upward with a roadmap.yml, else the top of the git repository when \
            it has prds/ or okrs/. Naming a file checks the roadmap around it and shows that file's problems. \
            Each problem has a stable code; `roadmap explain CODE` tells more.

            Examples:
              roadmap check                       # the roadmap around the current folder
              roadmap check prds/saved-cards.md   # that file's problems, and those it causes elsewhere
              roadmap check sample-roadmap --strict
              roadmap check --ref main --format json
              roadmap check --staged              # in a pre-commit hook
              roadmap check --format sarif > roadmap.sarif
              roadmap check --at 2026-07-01       # the roadmap as it was on that day
              roadmap check --history             # also stale and slipping PRDs, from git history
              roadmap check --today 2026-07-01    # overdue work as of that day
            """)

    @OptionGroup var source: SourceOptions
    @OptionGroup var settings: CompileSettings

    @Option(help: "Output format (github: GitHub Actions annotations; sarif: SARIF 2.1.0, for code scanning).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Flag(help: "Parse every file again instead of reusing analyses cached in .git/roadmap/.")
    var noCache = false

    @Flag(help: "Print how long each stage of the compiler took, on standard error.")
    var timings = false

    @Flag(help: "Also run the checks that need git history: PRDs in progress but untouched for `stale_after_days` (RM950), PRDs that slipped more than `max_slips` times (RM951), shallow clones (RM952), key results projected below `okr_status.on_track` by the end of their period (RM970) or without a check-in for more than `checkin_every_days` (RM971).")
    var history = false

    @Flag(help: "For a portfolio: a source that cannot be read (RM822) is a warning, not a failure; the other sources are still checked.")
    var allowMissing = false

    func run() throws {
        var compilation: Compilation
        let location: RoadmapLocation
        let file: String?
        do throws(SourceError) {
            let (session, named) = try source.session(settings: settings, caching: noCache ? .none : .file, historyCache: !noCache)
            // Freed by the exit, not object by object: 10,000 PRDs' analyses take the hook ~15 ms to free.
            Retained.keep(session)
            location = session.location
            file = named
            let outcome: PortfolioOutcome?
            (compilation, outcome) = try session.checkPortfolio(history: history, allowMissing: allowMissing)
            if let outcome, outcome.lockWritten {
                Terminal.writeError("roadmap: wrote \(PortfolioLock.path): \(outcome.lock.pins.count) source\(outcome.lock.pins.count == 1 ? "" : "s") pinned\n")
            }
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        if timings { Terminal.writeTimings(compilation.stageTimes) }
        let display = DisplayPath(root: location.root)
        if let file {
            guard FileFocus.isRoadmapFile(file, config: compilation.roadmap.config) else {
                let config = compilation.roadmap.config
                Terminal.writeError("roadmap: error: \(display.show(file)) is not a file of the roadmap: it reads roadmap.yml, PRDs under \(config.prdsFolder)/ and objectives under \(config.okrsFolder)/\n")
                throw ExitCode(2)
            }
            let all = compilation.diagnostics
            compilation.diagnostics = FileFocus(path: file, compilation: compilation).filter(all)
            let elsewhere = all.count - compilation.diagnostics.count
            if elsewhere > 0 {
                Terminal.writeError("roadmap: \(elsewhere) more problem\(elsewhere == 1 ? "" : "s") in other files; `roadmap check` without a file shows \(elsewhere == 1 ? "it" : "them")\n")
            }
        }
        print(DiagnosticOutput.render(compilation, format: format, display: display), terminator: "")
        Retained.keep(compilation)
        let failed = compilation.diagnostics.hasErrors || (strict && compilation.diagnostics.warningCount > 0)
        if failed { throw ExitCode(1) }
    }
}
