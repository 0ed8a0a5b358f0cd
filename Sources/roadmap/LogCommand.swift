import RoadmapDriver
import ArgumentParser
import Foundation
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSources

/// `roadmap log`: the roadmap's history from git, or one item's timeline.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show the history of one PRD or objective, or every change to the roadmap, from git.",
        discussion: """
            Mines the repository's commits once (cached in .git/roadmap/, so later runs read only new \
            commits) and follows each item across moves, renames and id changes. Each line is a commit: \
            its day (UTC), id, author, and what it changed; a date, quarter or horizon moved later is \
            marked as a slip. Newest first.

            Examples:
              roadmap log                          # every change, newest first
              roadmap log saved-cards              # one PRD's timeline (any id it ever had)
              roadmap log saved-cards sample-roadmap
              roadmap log --since 2026-04-01 --until 2026-06-30 --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "A PRD or objective id. Without it, every change to the roadmap.")
    var id: String?

    @OptionGroup var folder: RoadmapFolderOption

    @Option(name: .customLong("ref"), help: ArgumentHelp("End the history at this revision instead of HEAD.", valueName: "rev"))
    var revision = "HEAD"

    @Option(help: ArgumentHelp("Only changes committed on or after this day (UTC).", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only changes committed on or before this day (UTC).", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(name: [.customShort("n"), .customLong("max-count")], help: "Show at most this many changes.")
    var maxCount: Int?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Mine every commit again and read every file, instead of reusing the history and analyses cached in .git/roadmap/.")
    var noCache = false

    func run() throws {
        // A single argument naming an existing folder is the folder, not an id.
        var (itemID, named) = (id, folder.given)
        if named == nil, let only = id, RoadmapFolderOption.isFolder(only) { (itemID, named) = (nil, only) }
        let range: (CalendarDate?, CalendarDate?)
        do {
            range = (try HistorySession.day(since, option: "since"), try HistorySession.day(until, option: "until"))
        } catch {
            Terminal.writeError("roadmap: error: \(error)\n")
            throw ExitCode(2)
        }
        let log: HistoryLog
        let words: ChangeText
        do throws(HistoryLogFailure) {
            let location: RoadmapLocation
            do throws(SourceError) { location = try RoadmapDiscovery.find(named).location } catch { throw .source(error) }
            log = try HistorySession.log(location, itemID: itemID, revision: revision, since: range.0, until: range.1,
                                         maxCount: maxCount, noCache: noCache)
            words = HistorySession.words(at: location, revision: revision, cached: !noCache)
        } catch {
            switch error {
            case .source(let error): Terminal.writeError("roadmap: error: \(error.message)\n")
            case .noSuchItem(let id): Terminal.writeError("roadmap: error: no PRD or objective with id '\(id)' in the history of \(named ?? "this roadmap")\n")
            }
            throw ExitCode(2)
        }
        HistoryWarnings.report(log.mined.diagnostics)
        Retained.keep(log.mined)
        let (history, item, entries) = (log.mined.history, log.item, log.entries)
        switch format {
        case .json:
            print(log.json, terminator: "")
        case .text:
            let text = LogText(paint: Paint(enabled: Terminal.wantsColor()), words: words)
            print(item.map { text.item($0, entries: entries, shallow: history.isShallow) } ?? text.lines(entries, showID: true), terminator: "")
        }
    }
}
