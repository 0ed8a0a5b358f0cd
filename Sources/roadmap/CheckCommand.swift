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
            commit on or before a day with --at, or the index with --staged. Each problem has a stable code; `roadmap explain CODE` tells more.

            Examples:
              roadmap check                       # the roadmap in the current folder
              roadmap check sample-roadmap --strict
              roadmap check --ref main --format json
              roadmap check --staged              # in a pre-commit hook
              roadmap check --format sarif > roadmap.sarif
              roadmap check --at 2026-07-01       # the roadmap as it was on that day
              roadmap check --history             # also stale and slipping PRDs, from git history
            """)

    @OptionGroup var source: SourceOptions

    @Option(help: "Output format: text, json, github (GitHub Actions annotations) or sarif (SARIF 2.1.0, for code scanning).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Flag(help: "Parse every file again instead of reusing analyses cached in .git/roadmap/.")
    var noCache = false

    @Flag(help: "Print how long each stage of the compiler took, on standard error.")
    var timings = false

    @Flag(help: "Also run the checks that need git history: PRDs in progress but untouched for `stale_after_days` (RM950), PRDs that slipped more than `max_slips` times (RM951), shallow clones (RM952).")
    var history = false

    func run() throws {
        let compilation: Compilation
        let location: RoadmapLocation
        do throws(SourceError) {
            let (loc, source) = try source.open()
            location = loc
            let cache = noCache ? nil : AnalysisCache.forRoadmap(at: loc)
            var compiled = try RoadmapCompiler(source: source, cache: cache).compile()
            // `transitions` are about changes: what is staged against the last commit.
            if self.source.staged, !compiled.roadmap.config.transitions.isEmpty, let head = try? loc.commit("HEAD") {
                compiled.add(WorkflowRules.transitions(from: try RoadmapCompiler(source: head).compile().roadmap, to: compiled))
            }
            if history { try HistoryCheckRun.add(to: &compiled, location: loc, source: source, day: self.source.day.flatMap(CalendarDate.init(iso:)), noCache: noCache) }
            compilation = compiled
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        if timings { Terminal.writeTimings(compilation.stageTimes) }
        let display = DisplayPath(root: location.root)
        print(DiagnosticOutput.render(compilation, format: format, display: display), terminator: "")
        let failed = compilation.diagnostics.hasErrors || (strict && compilation.diagnostics.warningCount > 0)
        if failed { throw ExitCode(1) }
    }
}
