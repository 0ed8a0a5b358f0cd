import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import Testing

@Suite struct TimelineTests {
    /// A PRD that is planned, slips twice, moves folder, changes id, is pulled in, and ships;
    /// an objective checked in along the way.
    static func scriptedRepo() throws -> HistoryRepo {
        let repo = try HistoryRepo()
        try repo.write("roadmap.yml", "title: T\n")
        try repo.write("okrs/grow.md", Doc.objective("grow", keyResults: [("kr1", 70, 62)]))
        try repo.write("prds/pay/saved-cards.md", Doc.prd("saved-cards", quarter: "2026-Q2", due: "2026-05-15", okrs: ["grow/kr1"]))
        try repo.commit("Add the roadmap", on: "2026-01-05", by: "Alice")
        try repo.write("prds/pay/saved-cards.md", Doc.prd("saved-cards", status: "planned", quarter: "2026-Q2", due: "2026-05-15", okrs: ["grow/kr1"]))
        try repo.commit("Plan saved cards", on: "2026-01-20", by: "Bob")
        try repo.write("prds/pay/saved-cards.md", Doc.prd("saved-cards", status: "planned", quarter: "2026-Q2", due: "2026-06-20", okrs: ["grow/kr1"]))
        try repo.commit("Slip saved cards", on: "2026-02-10", by: "Alice")
        try repo.delete("prds/pay/saved-cards.md")
        try repo.write("prds/checkout/saved-cards.md", Doc.prd("saved-cards", status: "in-progress", quarter: "2026-Q2", due: "2026-06-20", okrs: ["grow/kr1"]))
        try repo.commit("Move saved cards to checkout and start it", on: "2026-03-01", by: "Bob")
        try repo.write("prds/checkout/saved-cards.md", Doc.prd("saved-cards", status: "in-progress", quarter: "2026-Q3", due: "2026-08-01", okrs: ["grow/kr1", "grow/kr2"]))
        try repo.write("okrs/grow.md", Doc.objective("grow", keyResults: [("kr1", 70, 65), ("kr2", 10, 0)]))
        try repo.commit("Replan after review", on: "2026-03-15", by: "Carol")
        try repo.write("prds/checkout/saved-cards.md", Doc.prd("stored-cards", status: "in-progress", quarter: "2026-Q3", due: "2026-08-01", okrs: ["grow/kr1", "grow/kr2"]))
        try repo.commit("Rename saved cards", on: "2026-04-01", by: "Alice")
        try repo.write("prds/checkout/saved-cards.md", Doc.prd("stored-cards", status: "in-progress", quarter: "2026-Q3", due: "2026-07-15", okrs: ["grow/kr1", "grow/kr2"], body: "New body."))
        try repo.commit("Pull stored cards in", on: "2026-04-20", by: "Bob")
        try repo.write("prds/checkout/saved-cards.md", Doc.prd("stored-cards", status: "shipped", quarter: "2026-Q3", due: "2026-07-15", okrs: ["grow/kr1", "grow/kr2"], body: "New body."))
        try repo.commit("Ship stored cards", on: "2026-05-02", by: "Carol")
        try repo.write("README.md", "not part of the roadmap")
        try repo.commit("Readme", on: "2026-05-03", by: "Dave")
        return repo
    }

    @Test func followsAPRDAcrossSlipsMovesAndAnIDChange() throws {
        let repo = try Self.scriptedRepo()
        let mined = try repo.mine()
        #expect(mined.diagnostics.isEmpty)
        let history = mined.history
        let item = try #require(history.item(ItemID("saved-cards")!))
        #expect(item.id == ItemID("stored-cards"))
        #expect(item.formerIDs == [ItemID("saved-cards")!])
        #expect(item.path == "prds/checkout/saved-cards.md")
        #expect(item.lines == [
            "2026-01-05 Alice: created prds/pay/saved-cards.md; status - -> idea; quarter - -> 2026-Q2; due - -> 2026-05-15; linked grow/kr1",
            "2026-01-20 Bob: status idea -> planned",
            "2026-02-10 Alice: due 2026-05-15 -> 2026-06-20 slip",
            "2026-03-01 Bob: moved prds/pay/saved-cards.md -> prds/checkout/saved-cards.md; status planned -> in-progress",
            "2026-03-15 Carol: quarter 2026-Q2 -> 2026-Q3 slip; due 2026-06-20 -> 2026-08-01 slip; linked grow/kr2",
            "2026-04-01 Alice: id saved-cards -> stored-cards; title Saved-Cards -> Stored-Cards",
            "2026-04-20 Bob: due 2026-08-01 -> 2026-07-15",
            "2026-05-02 Carol: status in-progress -> shipped",
        ])
        #expect(item.slipCount == 2)
        #expect(item.status == "shipped")
        #expect(item.shipped?.summary == "Ship stored cards")
        #expect(item.shipped?.day == CalendarDate(iso: "2026-05-02"))
        #expect(item.created?.summary == "Add the roadmap")
        #expect(item.lastChanged?.summary == "Ship stored cards")
        #expect(item.contributors.map { "\($0.name) \($0.commits)" } == ["Alice 3", "Bob 3", "Carol 2"])
        #expect(item.statusChanges.map { "\($0.from ?? "-")>\($0.to ?? "-")" } == ["->idea", "idea>planned", "planned>in-progress", "in-progress>shipped"])
        #expect(history.item(ItemID("stored-cards")!)?.timeline == item.timeline)
    }

    @Test func followsAnObjectiveAndItsKeyResults() throws {
        let repo = try Self.scriptedRepo()
        let item = try #require(try repo.mine().history.item(ItemID("grow")!))
        #expect(item.kind == .objective)
        #expect(item.lines == [
            "2026-01-05 Alice: created okrs/grow.md; quarter - -> 2026-Q2; kr+ kr1; kr1 current - -> 62.0",
            "2026-03-15 Carol: kr1 current 62.0 -> 65.0; kr+ kr2; kr2 current - -> 0.0",
        ])
    }

    @Test func streamIsNewestFirstAndFilteredByDay() throws {
        let repo = try Self.scriptedRepo()
        let history = try repo.mine().history
        #expect(history.commits.count == 8)
        #expect(history.stream().map(\.commit.summary) == [
            "Ship stored cards", "Pull stored cards in", "Rename saved cards", "Replan after review", "Replan after review",
            "Move saved cards to checkout and start it", "Slip saved cards", "Plan saved cards", "Add the roadmap", "Add the roadmap",
        ])
        let march = history.stream(since: CalendarDate(iso: "2026-03-01"), until: CalendarDate(iso: "2026-03-31"))
        #expect(march.map { "\($0.commit.day) \($0.change.id)" } == [
            "2026-03-15 saved-cards", "2026-03-15 grow", "2026-03-01 saved-cards",
        ])
        #expect(history.contributors.map { "\($0.name) \($0.commits)" } == ["Alice 3", "Bob 3", "Carol 2"])
    }
}
