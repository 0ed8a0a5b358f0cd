import RoadmapCore
import RoadmapScaffold
import Testing

/// `roadmap new --quarter --horizon --start --due --owner`: written into the front matter of any
/// template, and refused before anything is written when `roadmap check` would reject them.
@Suite struct NewItemScheduleTests {
    static let today = CalendarDate(year: 2026, month: 8, day: 14)!

    func plan(_ kind: ItemKind = .feature, owner: String = "Ada Lovelace", quarter: String? = nil, horizon: String? = nil,
              start: String? = nil, due: String? = nil, template: String? = nil) throws(ScaffoldError) -> String {
        let request = NewItemRequest(kind: kind, title: "Saved cards", owner: owner, today: Self.today,
                                     quarter: quarter, horizon: horizon, start: start, due: due)
        let roadmap = Roadmap(config: RoadmapConfig(), objectives: [], features: [])
        return try NewItemPlanner(roadmap: roadmap, customTemplate: template)
            .plan(request, folder: kind == .feature ? "prds" : "okrs") { _ in false }.contents
    }

    @Test func scheduleAndOwnerGoIntoTheBuiltInTemplate() throws {
        let text = try plan(owner: "Lena Vogel", quarter: "2027-Q1", start: "2027-01-04", due: "2027-03-31")
        #expect(text.contains("owner: Lena Vogel\nteam:\nquarter: 2027-Q1\n"))
        #expect(text.contains("tags: []\nstart: 2027-01-04\ndue: 2027-03-31\n---\n"))
        let later = try plan(horizon: "later")
        #expect(later.contains("\nquarter:\n"))
        #expect(later.contains("horizon: later\n---\n"))
        #expect(try plan(.objective, quarter: "2026-Q4").contains("period: 2026-Q4\n"))
    }

    @Test func aTemplateWithThePlaceholdersGetsThemInPlace() throws {
        let template = "---\nid: {{id}}\ntitle: {{title}}\nstatus: {{status}}\nowner: {{owner}}\nhorizon: {{horizon}}\ndue: {{due}}\n---\n"
        #expect(try plan(due: "2026-12-01", template: template)
            == "---\nid: saved-cards\ntitle: Saved cards\nstatus: idea\nowner: Ada Lovelace\nhorizon:\ndue: 2026-12-01\n---\n")
    }

    @Test(arguments: [
        ([nil, nil, nil, "2026-13-01"], "--due 2026-13-01 is not a date: write YYYY-MM-DD, like 2026-08-14"),
        ([nil, nil, "soon", nil], "--start soon is not a date: write YYYY-MM-DD, like 2026-08-14"),
        (["2026-Q5", nil, nil, nil], "--quarter 2026-Q5 is not a quarter: write YYYY-Qn, like 2026-Q3"),
        ([nil, "someday", nil, nil], "--horizon someday is not a horizon: use now, next or later"),
        (["2026-Q4", "next", nil, nil], "give --quarter or --horizon, not both: a PRD has a horizon only until it is scheduled for a quarter"),
        ([nil, nil, "2026-09-01", "2026-08-31"], "--due 2026-08-31 is before --start 2026-09-01; the work must end on or after the day it starts"),
    ] as [([String?], String)])
    func badValuesAreRefused(_ values: [String?], _ message: String) {
        #expect(throws: ScaffoldError(message)) {
            try plan(quarter: values[0], horizon: values[1], start: values[2], due: values[3])
        }
    }

    @Test func objectivesHaveNoScheduleAndOwnersAreOneLine() {
        #expect(throws: ScaffoldError("--horizon, --start and --due apply to PRDs; an objective has a period (--quarter)")) {
            try plan(.objective, due: "2026-12-01")
        }
        #expect(throws: ScaffoldError("--owner needs a name on one line, like \"Ada Lovelace\"")) { try plan(owner: "  ") }
    }
}
