import RoadmapDriver
import ArgumentParser
import RoadmapCore
import RoadmapHistory
import RoadmapSources

/// `roadmap diff A B`: what changed in the plan between two revisions.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed in the roadmap between two revisions.",
        discussion: """
            Compares the PRDs and objectives as committed at two revisions: PRDs added, removed, \
            shipped and dropped; status changes; dates, quarters and horizons moved (slips marked); OKR \
            links and RICE scores changed; objectives and key results added, removed, re-targeted or \
            moved. Only the files that differ are read, so any two revisions compare in well under a second.

            Examples:
              roadmap diff v1.0 v2.0
              roadmap diff main~50..main --format markdown
              roadmap diff HEAD~10                 # HEAD~10..HEAD
              roadmap diff v1.0 v2.0 -C sample-roadmap
              roadmap diff --since 2026-04-01 --until 2026-06-30   # the second quarter, by day
              roadmap diff --since v1.0            # v1.0..HEAD
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "The older revision, or a range A..B (or use --since).")
    var from: String?

    @Argument(help: "The newer revision (default HEAD).")
    var to: String?

    @Option(help: ArgumentHelp("The older side: a revision, or a day meaning the roadmap as that day began (UTC).", valueName: "rev|YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("The newer side: a revision, or a day meaning the roadmap as that day ended (UTC).", valueName: "rev|YYYY-MM-DD"))
    var until: String?

    @OptionGroup var folder: RoadmapFolderOption

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    func validate() throws {
        if from == nil, since == nil { throw ValidationError("give the older revision (A, A..B) or --since REV|DAY") }
        if from != nil, since != nil { throw ValidationError("give the older revision either as an argument or as --since, not both") }
        if to != nil, until != nil { throw ValidationError("give the newer revision either as an argument or as --until, not both") }
    }

    func run() throws {
        // `diff A..B PATH`: with a range, a second word is the roadmap's folder.
        var (to, named) = (self.to, folder.given)
        if let range = self.from, range.contains(".."), let second = to, named == nil { (to, named) = (nil, second) }
        let from = self.from ?? since ?? "HEAD"
        var (old, new) = (from, to ?? until ?? "HEAD")
        if to == nil, until == nil, self.from != nil, let range = HistorySession.range(from) { (old, new) = range }
        let diff: RoadmapDiff
        do throws(SourceError) {
            diff = try HistorySession.diff(try RoadmapDiscovery.find(named).location, from: old, to: new)
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        switch format {
        case .json: print(diff.json, terminator: "")
        case .markdown: print(diff.markdown, terminator: "")
        case .text: print(DiffText(paint: Paint(enabled: Terminal.wantsColor())).render(diff), terminator: "")
        }
    }
}
