import Foundation
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import Testing

@Suite struct DiffTests {
    static func lines(_ diff: RoadmapDiff) -> [String] {
        diff.sections.flatMap { section in
            section.lines.map { "\(section.key) \($0.entry.id): " + $0.events.map(\.brief).joined(separator: "; ") }
        }
    }

    @Test func diffAcrossTheWholeScriptedHistory() throws {
        let repo = try TimelineTests.scriptedRepo()
        let differ = try RoadmapDiffer(location: try repo.location(), config: RoadmapConfig())
        let diff = try differ.diff(from: "HEAD~8", to: "HEAD~1")
        #expect(diff.from.summary == "Add the roadmap")
        #expect(diff.to.summary == "Ship stored cards")
        #expect(Self.lines(diff) == [
            "shipped stored-cards: status idea -> shipped",
            "dates stored-cards: quarter 2026-Q2 -> 2026-Q3 slip; due 2026-05-15 -> 2026-07-15 slip",
            "okrs stored-cards: linked grow/kr2",
            "key-results grow: kr1 current 62.0 -> 65.0; kr+ kr2; kr2 current - -> 0.0",
            "renamed stored-cards: id saved-cards -> stored-cards; title Saved-Cards -> Stored-Cards",
        ])
        #expect(diff.summary == "1 shipped, 1 slipped, 1 PRD changed, 1 objective changed")
        #expect(diff.unchangedPlans == 0)
    }

    @Test func rangesAddRemoveDropAndEdit() throws {
        let repo = try HistoryRepo()
        try repo.write("okrs/grow.md", Doc.objective("grow", keyResults: [("kr1", 70, 62), ("kr2", 5, 1)]))
        try repo.write("prds/a.md", Doc.prd("a", status: "planned", horizon: "now"))
        try repo.write("prds/b.md", Doc.prd("b", status: "in-progress"))
        // Distinct bodies: a deleted and an added file that look alike would be taken for a rename.
        try repo.write("prds/c.md", Doc.prd("c", body: (1...20).map { "Old plan line \($0) that went away." }.joined(separator: "\n")))
        try repo.commit("Start", on: "2026-01-05")
        try repo.write("okrs/grow.md", Doc.objective("grow", keyResults: [("kr1", 80, 62)]))
        try repo.write("okrs/new.md", Doc.objective("new", keyResults: []))
        try repo.write("prds/a.md", Doc.prd("a", status: "in-progress", horizon: "next", okrs: ["grow/kr1"]))
        try repo.write("prds/b.md", Doc.prd("b", status: "dropped"))
        try repo.delete("prds/c.md")
        try repo.write("prds/d.md", Doc.prd("d", status: "planned", quarter: "2026-Q4", body: "Short."))
        let body = (1...20).map { "Fresh idea number \($0), unrelated to anything removed." }.joined(separator: "\n")
        try repo.write("prds/team/e.md", Doc.prd("e", body: body))
        try repo.commit("Replan", on: "2026-02-05")
        try repo.write("prds/team/e.md", Doc.prd("e", body: body + "\nOnly the body changed."))
        try repo.commit("Edit", on: "2026-02-06")
        let differ = try RoadmapDiffer(location: try repo.location(), config: RoadmapConfig())
        let diff = try differ.diff(from: "HEAD~2", to: "HEAD")
        #expect(Self.lines(diff) == [
            "dropped b: status in-progress -> dropped",
            "added d: status - -> planned; quarter - -> 2026-Q4",
            "added e: status - -> idea",
            "removed c: removed prds/c.md",
            "status a: status planned -> in-progress",
            "dates a: horizon now -> next slip",
            "okrs a: linked grow/kr1",
            "objectives new: quarter - -> 2026-Q2",
            "key-results grow: kr- kr2; kr1 target 70.0 -> 80.0",
        ])
        let edit = try differ.diff(from: "HEAD~1", to: "HEAD")
        #expect(edit.entries.isEmpty && edit.unchangedPlans == 1)
        #expect(edit.markdown.contains("No changes to the plan."))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(diff.json.utf8)) as? [String: Any])
        #expect(document["schemaVersion"] as? Int == 2 && document["unchangedPlans"] as? Int == 0)
        let b = try #require((document["items"] as? [[String: Any]])?.first { $0["id"] as? String == "b" })
        #expect(b["kind"] as? String == "feature" && b["title"] as? String == "B" && b["path"] as? String == "prds/b.md")
        #expect(b["change"] as? String == "changed" && b["shipped"] as? Bool == false && b["dropped"] as? Bool == true && b["slip"] as? Bool == false)
        #expect(diff.markdown.contains("- **A** (`a`): horizon now → next (slip) ⚠️"))
        // An objective has a period, not a quarter.
        #expect(diff.markdown.contains("period 2026-Q2") && !diff.markdown.contains("quarter 2026-Q2"))
    }
}
