import RoadmapCore
import RoadmapScaffold
import Testing

@Suite struct NewItemPlannerTests {
    static let config = RoadmapConfig(requiredSections: ["Problem", "Success metrics"])
    static let roadmap = Roadmap(
        config: config,
        objectives: [Objective(id: ItemID("grow")!, title: "Grow", period: nil, owner: nil,
                               keyResults: [KeyResult(id: "kr1", title: "More", baseline: 1, target: 2,
                                                      location: SourceLocation(path: "okrs/grow.md", line: 8))],
                               body: .empty, path: "okrs/grow.md")],
        features: [Feature(id: ItemID("saved-cards")!, title: "Saved cards", status: "idea", owner: "Sam", path: "prds/saved-cards.md")])
    static let today = CalendarDate(year: 2026, month: 8, day: 14)!

    func request(_ title: String, kind: ItemKind = .feature, id: String? = nil, team: String? = nil,
                 status: String? = nil, okrs: [String] = []) -> NewItemRequest {
        NewItemRequest(kind: kind, title: title, id: id, team: team, status: status, okrs: okrs, owner: "Ada Lovelace", today: Self.today)
    }

    @Test func plansTheBuiltInPRD() throws {
        let planned = try NewItemPlanner(roadmap: Self.roadmap).plan(request("Saved cards", team: "payments", status: "planned", okrs: ["grow/kr1"]), folder: "prds") { _ in false }
        #expect(planned.id.rawValue == "saved-cards-2")
        #expect(planned.path == "prds/saved-cards-2.md")
        #expect(planned.contents == """
            ---
            id: saved-cards-2
            title: Saved cards
            status: planned
            owner: Ada Lovelace
            team: payments
            quarter: 2026-Q3
            okrs: [grow/kr1]
            depends_on: []
            # RICE: reach per quarter, impact 3/2/1/0.5/0.25, confidence 0-100%, effort in person-months.
            rice: { reach: 0, impact: 1, confidence: 50%, effort: 1 }
            tags: []
            ---

            # Saved cards

            ## Problem

            _Who has this problem, how do we know, and what does it cost them today?_

            ## Success metrics

            _Which numbers move, from what to what, and by when?_

            """)
    }

    @Test func usesTheRoadmapsTemplate() throws {
        let planner = NewItemPlanner(roadmap: Self.roadmap, customTemplate: "---\nid: {{id}}\ntitle: {{title}}\nstatus: {{status}}\nowner: {{owner}}\n---\n## Problem\n")
        let planned = try planner.plan(request("Card vault"), folder: "prds/platform") { _ in false }
        #expect(planned.path == "prds/platform/card-vault.md")
        #expect(planned.contents == "---\nid: card-vault\ntitle: Card vault\nstatus: idea\nowner: Ada Lovelace\n---\n## Problem\n\n## Success metrics\n\n_Which numbers move, from what to what, and by when?_\n")
    }

    @Test func anExistingFileIsNeverPlannedOver() throws {
        let planned = try NewItemPlanner(roadmap: Self.roadmap).plan(request("Card vault"), folder: "prds") { $0 == "prds/card-vault.md" }
        #expect(planned.path == "prds/card-vault-2.md")
    }

    @Test func objectivesGoToTheirTemplate() throws {
        let planned = try NewItemPlanner(roadmap: Self.roadmap).plan(request("Delight users", kind: .objective), folder: "okrs") { _ in false }
        #expect(planned.path == "okrs/delight-users.md")
        #expect(planned.contents.hasPrefix("---\nid: delight-users\ntitle: Delight users\nperiod: 2026-Q3\nowner: Ada Lovelace\nkey_results:\n  - id: kr1\n"))
    }

    @Test(arguments: [
        (nil as String?, "bogus" as String?, [] as [String], "`bogus` is not a status of this roadmap; use one of idea, discovery, planned, in-progress, shipped, dropped"),
        (nil, nil, ["shrink"], "no objective `shrink` in this roadmap; objectives: grow"),
        (nil, nil, ["grow/kr9"], "objective `grow` has no key result `kr9`; it has kr1"),
        (nil, nil, ["saved-cards"], "`saved-cards` is a PRD, not an objective; PRDs it needs belong in depends_on"),
        (nil, nil, ["Grow"], "`Grow` is not an OKR reference; write `objective-id` or `objective-id/kr1`"),
        ("saved-cards", nil, [], "the id `saved-cards` is already used in this roadmap; choose another --id"),
        ("Bad Id", nil, [], "`Bad Id` is not a valid id: use lower-case letters, digits and hyphens, like `bad-id`"),
    ])
    func refusesBadOptions(_ id: String?, _ status: String?, _ okrs: [String], _ message: String) {
        #expect(throws: ScaffoldError(message)) {
            try NewItemPlanner(roadmap: Self.roadmap).plan(request("X", id: id, status: status, okrs: okrs), folder: "prds") { _ in false }
        }
    }

    @Test func refusesPRDOptionsForAnObjectiveAndEmptyTitles() {
        #expect(throws: ScaffoldError("--team, --status and --okr apply to PRDs; an objective has none of them")) {
            try NewItemPlanner(roadmap: Self.roadmap).plan(request("X", kind: .objective, team: "a"), folder: "okrs") { _ in false }
        }
        #expect(throws: ScaffoldError("the title is empty; give one, like `roadmap new prd \"Saved cards\"`")) {
            try NewItemPlanner(roadmap: Self.roadmap).plan(request("  "), folder: "prds") { _ in false }
        }
    }

    @Test func folderChoice() throws {
        let config = RoadmapConfig()
        #expect(try NewItemFolder.choose(kind: .feature, config: config, team: nil, directory: .notGiven) { _ in true } == "prds")
        #expect(try NewItemFolder.choose(kind: .feature, config: config, team: "Payments", directory: .notGiven) { $0 == "prds/payments" } == "prds/payments")
        #expect(try NewItemFolder.choose(kind: .feature, config: config, team: "growth", directory: .notGiven) { _ in false } == "prds")
        #expect(try NewItemFolder.choose(kind: .objective, config: config, team: nil, directory: .inRoot("okrs/2026")) { _ in false } == "okrs/2026")
        #expect(throws: ScaffoldError("--dir okrs is not inside the roadmap's prds/ folder: PRDs anywhere else are not part of the roadmap")) {
            try NewItemFolder.choose(kind: .feature, config: config, team: nil, directory: .inRoot("okrs")) { _ in true }
        }
        #expect(throws: ScaffoldError("--dir /elsewhere is not inside the roadmap's prds/ folder: PRDs anywhere else are not part of the roadmap")) {
            try NewItemFolder.choose(kind: .feature, config: config, team: nil, directory: .outsideRoot("/elsewhere")) { _ in true }
        }
    }
}
