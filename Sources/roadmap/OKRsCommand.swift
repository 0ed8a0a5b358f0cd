import RoadmapDriver
import ArgumentParser
import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapHistory

/// `roadmap okrs [ID]`: objectives and key results with their progress, forecasts and check-ins.
struct OKRsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okrs",
        abstract: "Show objectives and key results: current, target, progress, forecast, status and last check-in.",
        discussion: """
            Every commit that changes a key result's `current`, `confidence` or `note` is a check-in. The \
            forecast is the least-squares line through the check-ins inside the objective's period, extended \
            to the period's last day: the projected value and, in brackets, the percent of the way from \
            baseline to target it reaches (direction-aware: for a metric that should fall, falling is \
            progress). The status (on track, at risk, off track) comes from that percent and `okr_status` in \
            roadmap.yml; an objective is as well as its worst key result. Outside git, or before the first \
            commit, there are no check-ins: FORECAST, STATUS and LAST CHECK-IN show `-`.

            --format json prints the same document as the MCP server's `objectives` tool \
            (schemas/objectives.schema.json): every check-in, the forecast line, and why a key result has \
            no forecast.

            Examples:
              roadmap okrs
              roadmap okrs grow-activation
              roadmap okrs grow-activation/nps --format json
              roadmap okrs --period 2026-Q3 --at 2026-08-01
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: ArgumentHelp("An objective id, or objective-id/kr-id for one key result. Without it, every objective.", valueName: "id"))
    var id: String?

    @OptionGroup var source: SourceOptions
    @OptionGroup var settings: CompileSettings

    @Option(help: ArgumentHelp("Only objectives of this period, like 2026-Q3.", valueName: "YYYY-Qn"))
    var period: String?

    @Flag(help: "Do not use the history cache in .git/roadmap/ (mine the history again).")
    var noCache = false

    @Option(help: "Output: table or json.")
    var format: Format = .table

    func validate() throws {
        if let period, Quarter(period) == nil { throw ValidationError("--period \(period) is not a quarter written YYYY-Qn, like 2026-Q3") }
        if let id, !RoadmapFolderOption.isFolder(id), OKRReference(id) == nil { throw ValidationError("\(id) is not an objective id or objective-id/kr-id") }
    }

    func run() throws {
        // A single argument naming an existing folder is the roadmap, not an id (as in `roadmap log`).
        var (reference, folder): (String?, String?) = (id, nil)
        if source.folder.given == nil, let only = id, RoadmapFolderOption.isFolder(only) { (reference, folder) = (nil, only) }
        let (session, compilation) = try source.compiled(settings: settings, historyCache: !noCache, path: folder)
        let chosen: [Objective]
        do throws(ObjectiveSelection.Failure) {
            chosen = try ObjectiveSelection(reference: reference, period: period.flatMap(Quarter.init)).apply(to: compilation.roadmap)
        } catch {
            Terminal.writeError("roadmap: error: \(error)\n")
            throw ExitCode(2)
        }
        switch format {
        case .json:
            print(session.roadmapData(compilation).objectivesDocument(chosen).rendered(), terminator: "")
        case .table:
            let read = session.keyResultOutlooks(compilation)
            print(OKRTable().render(chosen, outlooks: read.outlooks), terminator: "")
            if chosen.isEmpty {
                Terminal.writeError(compilation.roadmap.objectives.isEmpty ? "roadmap: the roadmap has no objectives (okrs/*.md)\n"
                                    : "roadmap: no objective of \(period ?? "that period")\n")
            }
            if let failure = read.failure, !chosen.isEmpty { Terminal.writeError("roadmap: no forecasts: \(failure)\n") }
        }
        let errors = compilation.diagnostics.errorCount
        if errors > 0 {
            Terminal.writeError("roadmap: the roadmap has \(errors) error\(errors == 1 ? "" : "s"); `roadmap check` shows them\n")
        }
    }
}
