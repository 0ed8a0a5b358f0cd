import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSources
import Testing

@Suite struct MergeAndShallowTests {
    @Test func branchWorkIsCountedOnceAndTheMergeIsMarked() throws {
        let repo = try HistoryRepo()
        try repo.write("prds/a.md", Doc.prd("a", due: "2026-05-01"))
        try repo.write("prds/b.md", Doc.prd("b"))
        try repo.commit("Base", on: "2026-01-05")
        try repo.git("checkout", "-q", "-b", "side")
        try repo.write("prds/b.md", Doc.prd("b", status: "planned"))
        try repo.commit("Plan b on a branch", on: "2026-01-06", by: "Bob")
        try repo.git("checkout", "-q", "main")
        try repo.write("prds/a.md", Doc.prd("a", due: "2026-06-01"))
        try repo.commit("Slip a on main", on: "2026-01-07", by: "Carol")
        try repo.git("merge", "-q", "--no-ff", "-m", "Merge side", "side", on: "2026-01-08", by: "Alice")
        // A merge that resolves differently from both sides is a change of its own.
        try repo.git("checkout", "-q", "-b", "other", "HEAD~1")
        try repo.write("prds/b.md", Doc.prd("b", status: "discovery"))
        try repo.commit("Discover b", on: "2026-01-09", by: "Dave")
        try repo.git("checkout", "-q", "main")
        _ = try? repo.git("merge", "-q", "--no-ff", "-m", "Merge other", "other", on: "2026-01-10")
        try repo.write("prds/b.md", Doc.prd("b", status: "in-progress"))
        try repo.git("add", "-A")
        try repo.git("commit", "-q", "--no-edit", "-m", "Merge other", on: "2026-01-10", by: "Alice")
        let history = try repo.mine().history
        let b = try #require(history.item(ItemID("b")!))
        #expect(b.lines == [
            "2026-01-05 Alice: created prds/b.md; status - -> idea",
            "2026-01-06 Bob: status idea -> planned",
            "2026-01-09 Dave: status idea -> discovery",
            "2026-01-10 Alice: status planned -> in-progress",
        ])
        #expect(b.timeline.map(\.commit.isMerge) == [false, false, false, true])
        let a = try #require(history.item(ItemID("a")!))
        #expect(a.lines.count == 2)
        #expect(a.slipCount == 1)
        #expect(!history.commits.contains { $0.summary == "Merge side" })
    }

    @Test func shallowCloneIsReportedAndStartsAtTheCut() throws {
        let repo = try HistoryRepo()
        try repo.write("prds/a.md", Doc.prd("a"))
        try repo.commit("Add a", on: "2026-01-05")
        try repo.write("prds/a.md", Doc.prd("a", status: "planned"))
        try repo.commit("Plan a", on: "2026-02-05", by: "Bob")
        try repo.git("clone", "-q", "--depth", "1", "file://" + repo.root, repo.root + "/shallow")
        let mined = try repo.mine("shallow")
        #expect(mined.diagnostics.map(\.code) == [.shallowHistory])
        #expect(mined.diagnostics.first?.severity == .warning)
        #expect(mined.history.isShallow)
        let a = try #require(mined.history.item(ItemID("a")!))
        #expect(a.lines == ["2026-02-05 Bob: created prds/a.md; status - -> planned"])
        let full = try repo.mine()
        #expect(full.diagnostics.isEmpty)
        #expect(full.history.item(ItemID("a")!)?.created?.day == CalendarDate(iso: "2026-01-05"))
    }

    @Test func renameWithANewIDIsFollowedBySimilarity() throws {
        let repo = try HistoryRepo()
        let body = (1...30).map { "Line \($0) of the proposal, long enough to compare." }.joined(separator: "\n")
        try repo.write("prds/old-name.md", Doc.prd("old-name", body: body))
        try repo.commit("Add", on: "2026-01-05")
        try repo.delete("prds/old-name.md")
        try repo.write("prds/team/new-name.md", Doc.prd("new-name", body: body))
        try repo.write("prds/other.md", Doc.prd("other"))
        try repo.commit("Rename", on: "2026-01-06")
        let history = try repo.mine().history
        let item = try #require(history.item(ItemID("old-name")!))
        #expect(item.id == ItemID("new-name"))
        #expect(item.lines == [
            "2026-01-05 Alice: created prds/old-name.md; status - -> idea",
            "2026-01-06 Alice: moved prds/old-name.md -> prds/team/new-name.md; id old-name -> new-name; title Old-Name -> New-Name",
        ])
        #expect(history.item(ItemID("other")!)?.lines == ["2026-01-06 Alice: created prds/other.md; status - -> idea"])
    }

    @Test func removalAndReturnAndARoadmapInASubFolder() throws {
        let repo = try HistoryRepo()
        try repo.write("road/prds/a.md", Doc.prd("a"))
        try repo.write("prds/ignored.md", Doc.prd("ignored"))
        try repo.commit("Add", on: "2026-01-05")
        try repo.delete("road/prds/a.md")
        try repo.commit("Remove", on: "2026-01-06")
        try repo.write("road/prds/back/a.md", Doc.prd("a", status: "planned"))
        try repo.commit("Bring back", on: "2026-01-07")
        let history = try repo.mine("road").history
        #expect(history.item(ItemID("ignored")!) == nil)
        let a = try #require(history.item(ItemID("a")!))
        #expect(a.lines == [
            "2026-01-05 Alice: created prds/a.md; status - -> idea",
            "2026-01-06 Alice: removed prds/a.md",
            "2026-01-07 Alice: created prds/back/a.md; status - -> planned",
        ])
        #expect(!a.isRemoved)
        #expect(a.path == "prds/back/a.md")
    }

    @Test func repositoryWithoutCommitsHasAnEmptyHistory() throws {
        let repo = try HistoryRepo()
        let history = try repo.mine().history
        #expect(history.head == nil)
        #expect(history.commits.isEmpty && history.items.isEmpty)
    }
}
