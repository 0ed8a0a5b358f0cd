import RoadmapCore
import Testing

/// The projection every `--audience` output is made from.
@Suite struct AudienceViewTests {
    static func feature(_ id: String, _ visibility: Visibility, okrs: [String] = [], dependsOn: [String] = [],
                        dependents: [String] = [], body: Body = .empty) -> Feature {
        var f = Feature(id: ItemID(id)!, title: "Title \(id)", status: "planned", owner: "Owner \(id)", team: "core",
                        due: CalendarDate(iso: "2026-09-30"), okrs: okrs.compactMap(OKRReference.init),
                        dependsOn: dependsOn.compactMap(ItemID.init), rice: RICE(reach: 10, impact: 1, confidence: 1, effort: 1),
                        tags: ["t"], body: body, path: "prds/\(id).md")
        f.dependents = dependents.compactMap(ItemID.init)
        f.visibility = visibility
        f.scores = ["wsjf": 3, "value": 2]
        f.extra = ["budget": "1M", "note": "n"]
        return f
    }

    static func objective(_ id: String, _ visibility: Visibility, movedBy: [String] = [], krMovedBy: [String] = []) -> Objective {
        var kr = KeyResult(id: "kr1", title: "KR", location: SourceLocation(path: "okrs/\(id).md", line: 5, column: 7))
        kr.movedBy = krMovedBy.compactMap(ItemID.init)
        var o = Objective(id: ItemID(id)!, title: "Objective \(id)", period: nil, owner: "Boss", keyResults: [kr],
                          body: .empty, path: "okrs/\(id).md")
        o.movedBy = movedBy.compactMap(ItemID.init)
        o.visibility = visibility
        return o
    }

    static let roadmap = Roadmap(
        config: RoadmapConfig(),
        objectives: [objective("open-goal", .public, movedBy: ["inside"], krMovedBy: ["shown", "secret"]),
                     objective("hidden-goal", .confidential, movedBy: ["secret"])],
        features: [feature("inside", .internal, okrs: ["open-goal"], dependsOn: ["shown"]),
                   feature("secret", .confidential, okrs: ["hidden-goal", "open-goal/kr1"], dependents: ["shown"]),
                   feature("shown", .public, okrs: ["open-goal/kr1", "hidden-goal/kr1"], dependsOn: ["secret"], dependents: ["inside"])])

    @Test func hiddenItemsGoWithEveryReferenceToThem() {
        let view = AudienceView(Self.roadmap, audience: Audience(name: "public", show: [.public]))
        #expect(view.roadmap.features.map(\.id.rawValue) == ["shown"])
        #expect(view.roadmap.objectives.map(\.id.rawValue) == ["open-goal"])
        let shown = view.roadmap.features[0]
        #expect(shown.okrs.map(\.description) == ["open-goal/kr1"])
        #expect(shown.dependsOn.isEmpty && shown.dependents.isEmpty)
        let goal = view.roadmap.objectives[0]
        #expect(goal.movedBy.isEmpty && goal.keyResults[0].movedBy.map(\.rawValue) == ["shown"])
        #expect(view.hidden.keys.sorted() == ["okrs/hidden-goal.md", "prds/inside.md", "prds/secret.md"])
        #expect(view.hiddenIDs.map(\.rawValue).sorted() == ["hidden-goal", "inside", "secret"])
        #expect(view.roadmap.feature(ItemID("secret")!) == nil)
        // Nothing hidden but the items: fields stay.
        #expect(shown.owner == "Owner shown" && shown.rice != nil && shown.extra["budget"] == "1M")
        #expect(view.notShownNote == nil, "say_hidden is off")
    }

    @Test func aWiderAudienceKeepsWhatItShows() {
        let view = AudienceView(Self.roadmap, audience: Audience(name: "leads", show: [.public, .internal], sayHidden: true))
        #expect(view.roadmap.features.map(\.id.rawValue) == ["inside", "shown"])
        #expect(view.roadmap.features[1].dependents.map(\.rawValue) == ["inside"])
        #expect(view.notShownNote == "1 PRD and 1 objective are not shown.")
        let one = AudienceView(Self.roadmap, audience: Audience(name: "x", show: [.public, .internal, .confidential], sayHidden: true))
        #expect(one.notShownNote == nil && one.roadmap.features.count == 3)
    }

    @Test func hiddenFieldsAreClearedOnItemsShown() {
        let audience = Audience(name: "public", show: [.public, .internal],
                                hideFields: ["owner", "team", "rice", "tags", "start", "due", "wsjf", "budget"])
        let view = AudienceView(Self.roadmap, audience: audience)
        let f = view.roadmap.features[1]
        #expect(f.owner == "" && f.team == nil && f.rice == nil && f.tags.isEmpty && f.due == nil)
        #expect(f.scores == ["value": 2] && f.extra == ["note": "n"])
        #expect(view.roadmap.objectives[0].owner == nil)
        let all = AudienceView(Self.roadmap, audience: Audience(name: "p", show: [.public], hideFields: ["scores"]))
        #expect(all.roadmap.features[0].scores.isEmpty && all.roadmap.features[0].rice != nil)
    }

    @Test func droppedSectionsAreBlankedLineByLine() {
        // The body starts on line 8 of its file.
        let markdown = "# T\n\n## Problem\nkeep 1\n## internal  NOTES\nsecret 1\n### Deeper\nsecret 2 [x](y.md)\n## Rollout\nkeep 2\n# Appendix\n## Internal notes\nsecret 3"
        let headings = [(1, "T", 8), (2, "Problem", 10), (2, "internal  NOTES", 12), (3, "Deeper", 14), (2, "Rollout", 16),
                        (1, "Appendix", 18), (2, "Internal notes", 19)].map { Body.Heading(level: $0.0, text: $0.1, line: $0.2) }
        let body = Body(markdown: markdown, firstLine: 8, headings: headings,
                        relativeLinks: [Body.Link(destination: "y.md", line: 15, column: 11)])
        let roadmap = Roadmap(config: RoadmapConfig(), objectives: [], features: [Self.feature("shown", .public, body: body)])
        let view = AudienceView(roadmap, audience: Audience(name: "p", show: [.public], dropSections: ["Internal notes"]))
        let projected = view.roadmap.features[0].body
        #expect(projected.markdown == "# T\n\n## Problem\nkeep 1\n\n\n\n\n## Rollout\nkeep 2\n# Appendix\n\n")
        #expect(projected.markdown.split(separator: "\n", omittingEmptySubsequences: false).count
                == markdown.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(projected.headings.map(\.text) == ["T", "Problem", "Rollout", "Appendix"])
        #expect(projected.relativeLinks.isEmpty && projected.firstLine == 8)
        // A body without the section is the same value.
        let other = AudienceView(roadmap, audience: Audience(name: "p", show: [.public], dropSections: ["Risks"]))
        #expect(other.roadmap.features[0].body == body)
    }

    @Test func aLinkKeepsItsTextUnlessItNamesTheHiddenItem() {
        let item = AudienceView.HiddenItem(kind: .feature, id: ItemID("card-vault")!, title: "Card vault")
        #expect(AudienceView.unlinkedText("the vault work", for: item) == "the vault work")
        #expect(AudienceView.unlinkedText("see the CARD VAULT", for: item) == "(not shown)")
        #expect(AudienceView.unlinkedText("card-vault.md", for: item) == "(not shown)")
        #expect(AudienceView.unlinkedText("", for: item) == "(not shown)")
    }
}
