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
            Reads the working tree by default (skipping what git ignores), a commit with --ref, or the \
            index with --staged. Each problem has a stable code; `roadmap explain CODE` tells more.

            Examples:
              roadmap check                       # the roadmap in the current folder
              roadmap check sample-roadmap --strict
              roadmap check --ref main --format json
              roadmap check --staged              # in a pre-commit hook
              roadmap check --format sarif > roadmap.sarif
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

    func run() throws {
        let compilation: Compilation
        let location: RoadmapLocation
        do throws(SourceError) {
            let (loc, source) = try source.open()
            location = loc
            let cache = noCache ? nil : CacheLocation.cache(for: loc)
            compilation = try RoadmapCompiler(source: source, cache: cache).compile()
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        if timings {
            for (stage, seconds) in compilation.stageTimes {
                let name = stage.padding(toLength: 26, withPad: " ", startingAt: 0)
                Terminal.writeError(name + String(format: "%8.1f ms\n", seconds * 1000))
            }
        }
        let display = DisplayPath(root: location.root)
        print(DiagnosticOutput.render(compilation, format: format, display: display), terminator: "")
        let failed = compilation.diagnostics.hasErrors || (strict && compilation.diagnostics.warningCount > 0)
        if failed { throw ExitCode(1) }
    }
}
