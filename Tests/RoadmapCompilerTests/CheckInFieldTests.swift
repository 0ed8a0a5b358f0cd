import RoadmapCompiler
import RoadmapCore
import Testing

/// A key result's `confidence` and `note` (RM620), and roadmap.yml's `okr_status` and
/// `checkin_every_days` (RM801).
@Suite struct CheckInFieldTests {
    func objective(_ lines: String) -> String {
        Fixture.objective.replacingOccurrences(of: "    unit: \"%\"\n", with: "    unit: \"%\"\n" + lines)
    }

    @Test func confidenceAndNoteAreRead() throws {
        let result = try Fixture.compile(["okrs/grow-checkout.md": objective("    confidence: 7\n    note: \"Survey wave 3 landed\"\n")])
        let kr = try #require(result.roadmap.objectives.first?.keyResults.first)
        #expect(kr.confidence == 7)
        #expect(kr.note == "Survey wave 3 landed")
        #expect(!result.diagnostics.contains { $0.location?.path == "okrs/grow-checkout.md" })
    }

    @Test func confidenceOutsideZeroToTenIsRM620() throws {
        let file = Marked(objective("    confidence: «70\n"))
        let result = try Fixture.compile(["okrs/grow-checkout.md": file.text])
        let d = expectDiagnostic(result, .keyResultConfidenceOutOfRange, "okrs/grow-checkout.md", at: file)
        #expect(d?.message == "key result `kr1` has confidence 70, outside 0 to 10")
        #expect(result.roadmap.objectives.first?.keyResults.first?.confidence == nil)
        let negative = Marked(objective("    confidence: «-1\n"))
        expectDiagnostic(try Fixture.compile(["okrs/grow-checkout.md": negative.text]), .keyResultConfidenceOutOfRange, "okrs/grow-checkout.md", at: negative)
    }

    @Test func confidenceThatIsNotANumberIsRM202() throws {
        let file = Marked(objective("    confidence: «high\n"))
        expectDiagnostic(try Fixture.compile(["okrs/grow-checkout.md": file.text]), .wrongType, "okrs/grow-checkout.md", at: file)
    }

    @Test func okrStatusAndCheckInIntervalAreRead() throws {
        let result = try Fixture.compile(["roadmap.yml": "okr_status: { on_track: 0.8, at_risk: 0.5 }\ncheckin_every_days: 14\n"])
        #expect(result.roadmap.config.okrStatus == OKRStatusThresholds(onTrack: 0.8, atRisk: 0.5))
        #expect(result.roadmap.config.checkinEveryDays == 14)
        let defaults = try Fixture.compile([:]).roadmap.config
        #expect(defaults.okrStatus == OKRStatusThresholds(onTrack: 0.9, atRisk: 0.7))
        #expect(defaults.checkinEveryDays == nil)
    }

    @Test func badOKRStatusIsRM801() throws {
        for text in ["okr_status: { on_track: «1.5 }\n", "okr_status: { on_track: 0.9, «at_rsk: 0.7 }\n",
                     "okr_status: { on_track: 0.6, at_risk: «0.8 }\n", "okr_status: { at_risk: «yes }\n", "checkin_every_days: «0\n"] {
            let file = Marked(text)
            let result = try Fixture.compile(["roadmap.yml": file.text])
            expectDiagnostic(result, .invalidConfig, "roadmap.yml", at: file)
            #expect(result.roadmap.config.okrStatus == OKRStatusThresholds(), "\(text)")
        }
    }
}
