import RoadmapCore
import RoadmapHistory
import Testing

/// `RoadmapHistory.seen(through:)` and `RoadmapDiff.seen(through:)`: what an audience's site and
/// exports may tell of the past.
@Suite struct AudienceHistoryTests {
    static func commit(_ n: Int, _ summary: String) -> CommitInfo {
        CommitInfo(id: String(repeating: String(n), count: 40), authorName: "Ann", authorEmail: "ann@x", time: Int64(n) * 86_400,
                   offsetMinutes: 0, summary: summary, isMerge: false)
    }

    static func change(_ commit: Int, _ id: String, _ events: [HistoryEvent]) -> ItemChange {
        ItemChange(commitIndex: commit, kind: .feature, id: ItemID(id)!, path: "prds/\(id).md", events: events)
    }

    static func view(hideFields: Set<String> = []) -> AudienceView {
        var shown = Feature(id: ItemID("shown")!, title: "Shown", status: "planned", owner: "o", path: "prds/shown.md")
        shown.visibility = .public
        let secret = Feature(id: ItemID("secret")!, title: "Secret", status: "planned", owner: "o", path: "prds/secret.md")
        var goal = Objective(id: ItemID("goal")!, title: "Goal", period: nil, owner: nil, keyResults: [], body: .empty, path: "okrs/goal.md")
        goal.visibility = .public
        let hiddenGoal = Objective(id: ItemID("plan")!, title: "Plan", period: nil, owner: nil, keyResults: [], body: .empty, path: "okrs/plan.md")
        let roadmap = Roadmap(config: RoadmapConfig(), objectives: [goal, hiddenGoal], features: [secret, shown])
        return AudienceView(roadmap, audience: Audience(name: "public", show: [.public], hideFields: hideFields))
    }

    static let history = RoadmapHistory(
        head: nil,
        commits: [commit(1, "Add both"), commit(2, "Secret only"), commit(3, "Shown only"), commit(4, "Rename")],
        changes: [change(0, "shown", [.created(path: "prds/shown.md"), .okrLinked("goal/kr1"), .okrLinked("plan")]),
                  change(0, "old-name", [.created(path: "prds/old.md")]),
                  change(0, "secret", [.created(path: "prds/secret.md")]),
                  change(1, "secret", [.dueMoved(from: nil, to: CalendarDate(iso: "2026-09-01"))]),
                  change(2, "shown", [.dueMoved(from: nil, to: CalendarDate(iso: "2026-10-01")), .riceChanged(from: nil, to: 3)]),
                  change(3, "shown", [.idChanged(from: ItemID("old-name")!, to: ItemID("shown")!)])],
        isShallow: false, config: RoadmapConfig())

    @Test func onlyWhatTheAudienceSeesIsLeft() {
        let seen = Self.history.seen(through: Self.view())
        #expect(seen.commits.map(\.summary) == ["", "Shown only", "Rename"], "a commit that also changed a hidden item loses its message")
        // The shown item's changes under its former id are its own.
        #expect(seen.changes.map(\.id.rawValue) == ["shown", "old-name", "shown", "shown"])
        #expect(seen.changes.map(\.commitIndex) == [0, 0, 1, 2])
        #expect(seen.changes[0].events == [.created(path: "prds/shown.md"), .okrLinked("goal/kr1")])
        #expect(seen.changes[2].events.count == 2)
        #expect(seen.commits.allSatisfy { $0.authorName == "Ann" })
    }

    @Test func hiddenFieldsTakeTheirEventsAndOwnersTheAuthors() {
        let seen = Self.history.seen(through: Self.view(hideFields: ["due", "rice", "owner"]))
        #expect(seen.commits.map(\.summary) == ["", "Rename"], "the commit that only moved hidden fields is gone")
        #expect(seen.commits.allSatisfy { $0.authorName.isEmpty && $0.authorEmail.isEmpty })
    }

    @Test func aDiffLosesHiddenEntriesAndItsMessages() {
        let entries = [
            RoadmapDiff.Entry(kind: .feature, id: ItemID("secret")!, title: "Secret", path: "prds/secret.md", change: .added, events: []),
            RoadmapDiff.Entry(kind: .feature, id: ItemID("shown")!, title: "Shown", path: "prds/shown.md", change: .changed,
                              events: [.okrLinked("plan/kr1"), .statusChanged(from: "idea", to: "planned")]),
        ]
        let diff = RoadmapDiff(from: Self.commit(1, "from"), to: Self.commit(2, "to"), entries: entries, unchangedPlans: 0)
        let seen = diff.seen(through: Self.view())
        #expect(seen.entries.map(\.id.rawValue) == ["shown"])
        #expect(seen.entries[0].events == [.statusChanged(from: "idea", to: "planned")])
        #expect(seen.from.summary.isEmpty && seen.to.summary.isEmpty)
    }
}
