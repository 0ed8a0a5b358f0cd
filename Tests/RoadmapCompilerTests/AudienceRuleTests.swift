import RoadmapCompiler
import RoadmapCore
import Testing

/// `visibility` in front matter (RM307) and `audiences` in roadmap.yml (RM818, RM819, RM820).
@Suite struct AudienceRuleTests {
    @Test func visibilityIsRead() throws {
        let result = try Fixture.compile([
            "prds/payments/saved-cards.md": Fixture.prd.replacingOccurrences(of: "team: payments\n", with: "team: payments\nvisibility: public\n"),
            "okrs/grow-checkout.md": Fixture.objective.replacingOccurrences(of: "owner: Dana Kim\n", with: "owner: Dana Kim\nvisibility: confidential\n"),
        ])
        #expect(result.diagnostics.isEmpty, "\(placed(result))")
        #expect(result.roadmap.features.first?.visibility == .public)
        #expect(result.roadmap.objectives.first?.visibility == .confidential)
    }

    @Test func visibilityDefaultsToInternal() throws {
        let result = try Fixture.compile([:])
        #expect(result.roadmap.features.first?.visibility == .internal)
        #expect(result.roadmap.objectives.first?.visibility == .internal)
    }

    @Test func unknownVisibilityIsRM307WithAGuess() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "team: payments\n", with: "team: payments\nvisibility: «publik\n"))
        let d = expectDiagnostic(try Fixture.compile(["prds/payments/saved-cards.md": file.text]), .invalidVisibility,
                                 "prds/payments/saved-cards.md", at: file)
        #expect(d?.help?.hasPrefix("did you mean `public`?") == true)
    }

    @Test func audiencesAreRead() throws {
        let yml = Fixture.config + "audiences:\n  public: {show: [public], hide_fields: [owner, rice], drop_sections: [Problem], say_hidden: true}\n  leadership: {show: [public, internal]}\n"
        let result = try Fixture.compile(["roadmap.yml": yml])
        #expect(result.diagnostics.isEmpty, "\(placed(result))")
        let audiences = result.roadmap.config.audiences
        #expect(audiences.map(\.name) == ["public", "leadership"])
        #expect(audiences.first?.show == [.public])
        #expect(audiences.first?.hideFields == ["owner", "rice"])
        #expect(audiences.first?.dropSections == ["Problem"])
        #expect(audiences.first?.sayHidden == true)
        #expect(audiences.last?.sayHidden == false)
    }

    @Test func malformedAudiencesAreRM818AndLeftOut() throws {
        for bad in ["{show: [«publik]}", "{«shw: [public]}", "{show: [public], say_hidden: «maybe}", "«[public]",
                    "{show: [public], hide_fields: «{owner: true}}"] {
            let file = Marked(Fixture.config + "audiences:\n  public: \(bad)\n")
            let result = try Fixture.compile(["roadmap.yml": file.text])
            expectDiagnostic(result, .invalidAudience, "roadmap.yml", at: file)
            #expect(result.roadmap.config.audiences.isEmpty, "\(bad)")
        }
        let file = Marked(Fixture.config + "audiences:\n  «public: {hide_fields: [owner]}\n")
        expectDiagnostic(try Fixture.compile(["roadmap.yml": file.text]), .invalidAudience, "roadmap.yml", at: file)
    }

    @Test func aFieldNoFileHasIsRM819() throws {
        for bad in ["«ownr", "«title"] {
            let file = Marked(Fixture.config + "audiences:\n  public: {show: [public], hide_fields: [\(bad)]}\n")
            expectDiagnostic(try Fixture.compile(["roadmap.yml": file.text]), .unknownHiddenField, "roadmap.yml", at: file)
        }
        // A field the format does not define is hideable once a file has it.
        let yml = Fixture.config + "audiences:\n  public: {show: [public], hide_fields: [revenue]}\n"
        let result = try Fixture.compile(["roadmap.yml": yml, "prds/payments/saved-cards.md":
            Fixture.prd.replacingOccurrences(of: "team: payments\n", with: "team: payments\nrevenue: 2M\n")])
        #expect(!result.diagnostics.contains { $0.code == .unknownHiddenField }, "\(placed(result))")
    }

    @Test func aSectionNoBodyHasIsAWarningRM820() throws {
        let file = Marked(Fixture.config + "audiences:\n  public: {show: [public], drop_sections: [«Internal notes, problem]}\n")
        let result = try Fixture.compile(["roadmap.yml": file.text])
        let d = expectDiagnostic(result, .unknownDroppedSection, "roadmap.yml", at: file)
        #expect(d?.severity == .warning)
        #expect(result.diagnostics.filter { $0.code == .unknownDroppedSection }.count == 1)
    }
}
