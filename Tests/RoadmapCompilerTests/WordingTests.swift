import RoadmapCompiler
import RoadmapCore
import Testing

/// Messages read as English and call a PRD a PRD.
@Suite struct WordingTests {
    @Test func aKeyResultOfAnObjectiveWithNoneSaysSo() throws {
        let bare = "---\nid: bare\ntitle: Bare\n---\n"
        let prd = Fixture.prd.replacingOccurrences(of: "grow-checkout/kr1", with: "bare/kr1")
        let c = try Fixture.compile(["okrs/bare.md": bare, "prds/payments/saved-cards.md": prd])
        let d = try #require(c.diagnostics.first { $0.code == .unknownOKR })
        #expect(d.message == "objective `bare` has no key result `kr1`")
        #expect(d.help == "objective `bare` has no key results yet; add one under `key_results`, or name the objective alone: `bare`")
        #expect(d.location?.path == "prds/payments/saved-cards.md")
        #expect(d.location?.line == 8)
    }

    @Test func aPRDWithoutRICENamesItsStatus() throws {
        let prd = Fixture.prd.replacingOccurrences(of: "status: planned", with: "status: discovery")
            .replacingOccurrences(of: "rice: { reach: 40000, impact: 2, confidence: 80%, effort: 3 }\n", with: "")
        let c = try Fixture.compile(["prds/payments/saved-cards.md": prd])
        let d = try #require(c.diagnostics.first { $0.code == .missingRICE })
        #expect(d.message == "this PRD has status `discovery` but no RICE inputs to rank it")
        #expect(d.location?.line == 4)
        #expect(d.location?.column == 9)
    }

    @Test func coverageWarningsSayPRD() throws {
        let prd = Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: []")
            .replacingOccurrences(of: "status: planned", with: "status: idea")
        let c = try Fixture.compile(["prds/payments/saved-cards.md": prd])
        #expect(c.diagnostics.map(\.message).contains("no PRD moves objective `grow-checkout` or any of its key results"))
        #expect(!c.diagnostics.contains { $0.message.contains("feature") })
    }
}
