import ArgumentParser
import Foundation
import RoadmapCorpus

/// `roadmap-corpus demo DIR`: a small roadmap with six months of git history.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a small demo roadmap with six months of git history into a folder.",
        discussion: """
        The demo is a product roadmap ("Lumen") in a git repository whose commits run from \
        \(DemoRoadmap.firstDay) to the week of \(DemoRoadmap.lastDay), by six people: weekly \
        check-ins on NPS, CSAT, retention, adoption, expansion revenue (EUR) and time to first \
        value (some with a confidence and a note), PRD status moves, slipped due dates, and an \
        objective renamed (fast-onboarding becomes instant-value, its file moved and its period \
        changed). Every run writes the same files and the same commit ids.

        Then try:
          roadmap check DIR --today \(DemoRoadmap.lastDay)
          roadmap build DIR --today \(DemoRoadmap.lastDay)
          roadmap log DIR --since 2026-11-01
          roadmap log fast-onboarding DIR      # the renamed objective, by its old id
        Pin --today (or SOURCE_DATE_EPOCH) so the board and timeline place the work as of the \
        history's last week; without it they use today's date.
        """)

    @Argument(help: "Folder to create the repository in; must be empty or missing unless --force.")
    var folder: String
    @Flag(help: "Write into a non-empty folder, replacing roadmap.yml, okrs/, prds/ and .git there.") var force = false

    func run() throws {
        let url = URL(fileURLWithPath: folder)
        if !CorpusWriter.isEmptyOrMissing(url) {
            guard force else { throw CorpusError.folderNotEmpty(folder) }
            try CorpusWriter.clearGenerated(in: url, includingGit: true)
        }
        let commits = try GitHistoryWriter().write(DemoRoadmap(), to: url)
        print("Wrote the demo roadmap with \(commits) commits (\(DemoRoadmap.firstDay) to \(DemoRoadmap.lastDay)) to \(folder)")
    }
}
