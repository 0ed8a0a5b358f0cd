import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import Testing

/// What the site will read: changes per month and quarter, feed entries, people, slip counts.
@Suite struct SiteAPITests {
    @Test func changesPerMonthAndQuarter() throws {
        let history = try TimelineTests.scriptedRepo().mine().history
        let months = history.changesByMonth()
        #expect(months.map { "\($0.label) \($0.firstDay)..\($0.lastDay) \($0.entries.count) \($0.commitCount) \($0.slipCount)" } == [
            "2026-05 2026-05-01..2026-05-31 1 1 0",
            "2026-04 2026-04-01..2026-04-30 2 2 0",
            "2026-03 2026-03-01..2026-03-31 3 2 1",
            "2026-02 2026-02-01..2026-02-28 1 1 1",
            "2026-01 2026-01-01..2026-01-31 3 2 0",
        ])
        let quarters = history.changesByQuarter()
        #expect(quarters.map { "\($0.label) \($0.entries.count)" } == ["2026-Q2 3", "2026-Q1 7"])
        #expect(history.changesByMonth(since: CalendarDate(iso: "2026-04-15")).map(\.label) == ["2026-05", "2026-04"])
    }

    @Test func feedEntriesAreNewestFirstWithStableIDs() throws {
        let repo = try TimelineTests.scriptedRepo()
        let history = try repo.mine().history
        let feed = history.feedEntries(limit: 3)
        #expect(feed.map(\.title) == [
            "stored-cards: status in-progress → shipped",
            "stored-cards: due 2026-08-01 → 2026-07-15",
            "stored-cards: id saved-cards → stored-cards, title Saved-Cards → Stored-Cards",
        ])
        let head = try repo.git("rev-parse", "HEAD~1")
        #expect(feed[0].id == "\(head)/stored-cards")
        #expect(feed[0].updated == "2026-05-02T10:00:00Z")
        #expect(feed[0].authorName == "Carol" && feed[0].authorEmail == "carol@example.com")
        #expect(feed[0].summary == "Ship stored cards")
        #expect(feed[0].path == "prds/checkout/saved-cards.md")
        #expect(history.lastUpdated?.summary == "Ship stored cards")
        #expect(history.feedEntries(limit: 100).count == 10)
    }

    @Test func itemsByEveryIDTheyHad() throws {
        let history = try TimelineTests.scriptedRepo().mine().history
        let byID = history.itemsByID
        #expect(Set(byID.keys.map(\.rawValue)) == ["grow", "saved-cards", "stored-cards"])
        #expect(byID[ItemID("saved-cards")!]?.id == ItemID("stored-cards"))
        #expect(byID[ItemID("stored-cards")!]?.slipCount == 2)
        #expect(history.items.map(\.id.rawValue) == ["grow", "stored-cards"])
    }

    @Test func timestampsKeepTheCommittersZone() throws {
        let repo = try HistoryRepo()
        try repo.write("prds/a.md", Doc.prd("a"))
        try repo.commit("Add", on: "2026-03-01", zone: "+0530")
        let commit = try #require(try repo.mine().history.commits.first)
        #expect(commit.timestamp == "2026-03-01T15:30:00+05:30")
        #expect(commit.day == CalendarDate(iso: "2026-03-01"))
        #expect(HistoryTime.rfc3339(0, offsetMinutes: -90) == "1969-12-31T22:30:00-01:30")
        #expect(HistoryTime.day(-1) == CalendarDate(iso: "1969-12-31"))
    }
}
