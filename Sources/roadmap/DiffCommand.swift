import ArgumentParser
import RoadmapHistory
import RoadmapHistoryMiner
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
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "The older revision, or a range A..B.")
    var from: String

    @Argument(help: "The newer revision (default HEAD).")
    var to: String?

    @OptionGroup var folder: RoadmapFolderOption

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    func run() throws {
        // `diff A..B PATH`: with a range, a second word is the roadmap's folder.
        var (to, named) = (self.to, folder.given)
        if from.contains(".."), let second = to, named == nil { (to, named) = (nil, second) }
        var (old, new) = (from, to ?? "HEAD")
        if to == nil, let range = from.range(of: "..") {
            old = String(from[..<range.lowerBound])
            new = String(from[range.upperBound...])
            if new.hasPrefix(".") { new.removeFirst() }
            if old.isEmpty { old = "HEAD" }
            if new.isEmpty { new = "HEAD" }
        }
        let diff: RoadmapDiff
        do throws(SourceError) {
            let location = try RoadmapDiscovery.find(named).location
            let config = try HistorySession.config(at: location, revision: new)
            diff = try RoadmapDiffer(location: location, config: config).diff(from: old, to: new)
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
