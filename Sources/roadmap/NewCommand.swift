import RoadmapDriver
import ArgumentParser
import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapReport
import RoadmapScaffold
import RoadmapSources

extension ItemKind: ExpressibleByArgument {}

/// `roadmap new`: a PRD or objective from the roadmap's template, ready to pass `roadmap check`.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new PRD or objective from the roadmap's template and print its path.",
        discussion: """
            The id comes from the title (`Über schnelle Zahlung` -> uber-schnelle-zahlung), with -2, -3 \
            added when it is taken; an existing file is never overwritten. The owner is git's user.name, \
            the quarter the current one (--owner and --quarter say otherwise). --dir is relative to the PRD \
            (or objective) folder. The roadmap is found as for every command (PATH or -C PATH, else the one \
            around the current folder); outside a roadmap nothing is written. The template is templates/prd.md or templates/objective.md of \
            the roadmap when it has one, else the built-in one (see `roadmap init`).

            Examples:
              roadmap new prd "One-page checkout" --team payments --okr grow-checkout/kr1
              roadmap new objective "Make checkout effortless" --quarter 2026-Q4
              roadmap new prd "Saved cards" --dir payments --due 2026-09-30 --owner "Lena Vogel"
              $EDITOR "$(roadmap new prd "Saved cards")"
            """)

    @Argument(help: "prd or objective.")
    var kind: ItemKind

    @Argument(help: "The title, in quotes.")
    var title: String

    @OptionGroup var folder: RoadmapFolderOption

    @Option(help: "The team doing the work (PRDs).")
    var team: String?

    @Option(help: "A status of the workflow (PRDs; default: its first, such as idea).")
    var status: String?

    @Option(name: .customLong("okr"), help: ArgumentHelp("An objective or key result the PRD moves, like grow-checkout/kr1; repeatable.", valueName: "ref"))
    var okrs: [String] = []

    @Option(help: ArgumentHelp("Who is accountable (default: git's user.name).", valueName: "name"))
    var owner: String?

    @Option(help: ArgumentHelp("The quarter the work is committed to, or an objective's period (default: the current one).", valueName: "YYYY-Qn"))
    var quarter: String?

    @Option(help: ArgumentHelp("For a PRD not yet scheduled for a quarter: now, next or later (then no quarter is written).", valueName: "now|next|later"))
    var horizon: String?

    @Option(help: ArgumentHelp("The first day of the work (PRDs).", valueName: "YYYY-MM-DD"))
    var start: String?

    @Option(help: ArgumentHelp("The last day of the work (PRDs).", valueName: "YYYY-MM-DD"))
    var due: String?

    @Option(help: ArgumentHelp("The folder to write into, relative to the PRD or objective folder (payments for prds/payments).", valueName: "path"))
    var dir: String?

    @Option(help: "Use this id instead of one made from the title.")
    var id: String?

    func run() throws {
        let cwd = FileManager.default.currentDirectoryPath
        do throws(ScaffoldError) {
            let location: RoadmapLocation
            do throws(SourceError) {
                location = try folder.find().location
            } catch { throw ScaffoldError(error.message) }
            let before = try compile(location)
            let root = location.root
            let request = NewItemRequest(
                kind: kind, title: title, id: id, team: team, status: status, okrs: okrs,
                owner: owner ?? OwnerName.resolve(gitUserName: GitConfig.userName(for: location.repository),
                                                  environment: ProcessInfo.processInfo.environment),
                today: Today.date(), quarter: quarter, horizon: horizon, start: start, due: due)
            let directory = dir.map {
                NewItemFolder.directory($0, kind: kind, config: before.roadmap.config, root: root, currentDirectory: cwd)
            } ?? .notGiven
            let folder = try NewItemFolder.choose(kind: kind, config: before.roadmap.config, team: team, directory: directory) {
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: root + "/" + $0, isDirectory: &isFolder) && isFolder.boolValue
            }
            let template = FileManager.default.contents(atPath: root + "/" + kind.templatePath).map { String(decoding: $0, as: UTF8.self) }
            let planned = try NewItemPlanner(roadmap: before.roadmap, customTemplate: template)
                .plan(request, folder: folder) { ScaffoldFiles.exists(root + "/" + $0) }
            try ScaffoldFiles.create(planned.path, planned.contents, in: root)
            let display = DisplayPath(root: root)
            print(display.show(planned.path))
            try reportProblems(in: planned.path, location: location, display: display)
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
    }

    private func compile(_ location: RoadmapLocation) throws(ScaffoldError) -> Compilation {
        do throws(SourceError) {
            return try RoadmapSession(location: location).compile()
        } catch { throw ScaffoldError(error.message) }
    }

    /// Checks the roadmap with the new file and shows, on stderr, what concerns that file (a
    /// template the team edited may not pass, and an objective nothing moves yet is a warning).
    private func reportProblems(in path: String, location: RoadmapLocation, display: DisplayPath) throws(ScaffoldError) {
        let after = try compile(location)
        // The template's prompts and placeholder estimates are expected in a file just written.
        let expected: Set<DiagnosticCode> = [.templatePrompt, .zeroRICEInput]
        let mine = after.diagnostics.filter { $0.location?.path == path && !expected.contains($0.code) }
        guard !mine.isEmpty else { return }
        let quoter = SourceQuoter(line: { after.line($1, of: $0) }, display: { display.show($0) })
        var text = ""
        for diagnostic in mine { text += TextReporter(quoter: quoter, color: Terminal.wantsColor(.standardError), width: Terminal.columns(.standardError)).render(diagnostic) + "\n" }
        Terminal.writeError(text)
    }
}
