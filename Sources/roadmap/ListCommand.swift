import RoadmapDriver
import ArgumentParser
import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapReport
import RoadmapSources

/// The ways `roadmap list` prints.
enum ListFormatOption: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// `roadmap list`: the PRDs of the roadmap, filtered and sorted.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the roadmap's PRDs, filtered and sorted, as a table, JSON or CSV.",
        discussion: """
            Filters of different kinds must all match; repeating one gives alternatives: \
            `--status planned --status in-progress --team payments` lists planned or in-progress PRDs of \
            payments. --owner matches part of the name; team and tag ignore case. --okr OBJECTIVE matches \
            PRDs that move the objective or any of its key results. A value the roadmap does not have (a \
            team, owner, tag, status or key result no PRD or objective uses) is an error, with the likely \
            intended one.

            Examples:
              roadmap list --sort rice
              roadmap list --sort wsjf --status planned   (a score declared in roadmap.yml)
              roadmap list --status in-progress --format csv > now.csv
              roadmap list --ref main --okr get-paid-faster
              roadmap list --audience public --format csv   (what the public roadmap shows)
            """)

    @OptionGroup var source: SourceOptions
    @OptionGroup var settings: CompileSettings

    @Option(help: "Only PRDs with this status (repeatable).") var status: [String] = []
    @Option(help: "Only PRDs of this team (repeatable).") var team: [String] = []
    @Option(help: "Only PRDs whose owner's name contains this (repeatable).") var owner: [String] = []
    @Option(help: "Only PRDs with this tag (repeatable).") var tag: [String] = []
    @Option(help: ArgumentHelp("Only PRDs planned for this quarter, like 2026-Q3 (repeatable).", valueName: "YYYY-Qn")) var quarter: [String] = []
    @Option(help: "Only PRDs with this horizon: now, next or later (repeatable).") var horizon: [String] = []
    @Option(help: ArgumentHelp("Only PRDs that move this objective or key result (repeatable).", valueName: "ref")) var okr: [String] = []

    @Option(help: ArgumentHelp("Order: rice (highest first), due (earliest first), status (workflow order), id, or the name of a custom score in roadmap.yml's `scores` (highest first, PRDs without it last).", valueName: "order"))
    var sort: String = "id"

    @Option(help: "Output: table, json or csv (RFC 4180).")
    var format: ListFormatOption = .table

    @Option(help: ArgumentHelp("List what this audience of roadmap.yml sees (as `roadmap build --audience`).", valueName: "name"))
    var audience: String?

    func validate() throws {
        for q in quarter where Quarter(q) == nil { throw ValidationError("--quarter \(q) is not a quarter written YYYY-Qn, like 2026-Q3") }
        for h in horizon where Horizon(rawValue: h) == nil { throw ValidationError("--horizon must be now, next or later, not \(h)") }
        for r in okr where OKRReference(r) == nil { throw ValidationError("--okr \(r) is not an objective id or objective-id/kr") }
    }

    func run() throws {
        let compilation = try source.compiled(settings: settings, audience: audience).compilation
        var query = FeatureQuery()
        query.statuses = status
        query.teams = team
        query.owners = owner
        query.tags = tag
        query.quarters = quarter.compactMap(Quarter.init)
        query.horizons = horizon.compactMap(Horizon.init(rawValue:))
        query.okrs = okr.compactMap(OKRReference.init)
        query.setSort(sort)
        let unknown = query.unknownValues(in: compilation.roadmap, suggest: Suggestion.closest)
        if !unknown.isEmpty {
            for value in unknown { Terminal.writeError("roadmap: error: \(value)\n") }
            throw ExitCode(2)
        }
        let features = query.run(on: compilation.roadmap)
        switch format {
        case .table:
            print(FeatureTable().render(features, scores: compilation.roadmap.config.scores), terminator: "")
            if features.isEmpty { Terminal.writeError("roadmap: no PRDs match\n") }
        case .json: print(FeatureListExport.json(features), terminator: "")
        case .csv: print(FeatureListExport.csv(features, scores: compilation.roadmap.config.scores), terminator: "")
        }
        let errors = compilation.diagnostics.errorCount
        if errors > 0 {
            Terminal.writeError("roadmap: the roadmap has \(errors) error\(errors == 1 ? "" : "s"); `roadmap check` shows them\n")
        }
    }
}
