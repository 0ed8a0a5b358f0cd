import RoadmapCompiler
import RoadmapCore
import Testing

/// RM2xx and RM3xx: fields, types and values of a PRD.
@Suite struct FieldRuleTests {
    let path = "prds/payments/saved-cards.md"

    /// The fixture PRD with one line replaced; `«` marks where the diagnostic must point.
    func prd(replacing line: String, with replacement: String) -> Marked {
        let base = Fixture.prd
        precondition(base.contains(line + "\n"), "fixture has no line \(line)")
        return Marked(base.replacingOccurrences(of: line + "\n", with: replacement + "\n"))
    }

    func check(_ code: DiagnosticCode, _ file: Marked) throws -> Diagnostic? {
        let result = try Fixture.compile([path: file.text])
        return expectDiagnostic(result, code, path, at: file)
    }

    @Test func missingRequiredField() throws {
        let file = Marked("«---\nid: saved-cards\ntitle: Saved cards\nstatus: idea\n---\n## Problem\n## Success metrics\n")
        let result = try Fixture.compile([path: file.text])
        let d = expectDiagnostic(result, .missingField, path, at: file)
        #expect(d?.message.contains("owner") == true)
    }

    @Test func missingTitleOffersTheBodysHeading() throws {
        let file = Marked("«---\nid: saved-cards\nstatus: idea\nowner: Sam Lee\n---\n# Saved cards: phase 1\n## Problem\n## Success metrics\n")
        let result = try Fixture.compile([path: file.text])
        let d = expectDiagnostic(result, .missingField, path, at: file)
        #expect(d?.help == "add `title: \"Saved cards: phase 1\"`")
    }

    @Test func emptyRequiredField() throws {
        let d = try check(.missingField, prd(replacing: "owner: Sam Lee", with: "«owner:"))
        #expect(d?.message.contains("empty") == true)
    }

    @Test func stringWhereAListBelongs() throws {
        let d = try check(.wrongType, prd(replacing: "team: payments", with: "team: payments\ntags: «checkout"))
        #expect(d?.help?.contains("[checkout]") == true)
    }

    @Test func textWhereANumberBelongs() throws {
        _ = try check(.wrongType, prd(replacing: "rice: { reach: 40000, impact: 2, confidence: 80%, effort: 3 }",
                                      with: "rice: { reach: «lots, impact: 2, confidence: 80%, effort: 3 }"))
    }

    @Test func listWhereTextBelongs() throws {
        _ = try check(.wrongType, prd(replacing: "owner: Sam Lee", with: "owner: «[Sam, Lee]"))
    }

    @Test func unknownKeySuggestsTheField() throws {
        let d = try check(.unknownKey, prd(replacing: "team: payments", with: "team: payments\n«dependson: [x]"))
        #expect(d?.severity == .warning)
        #expect(d?.help == "did you mean `depends_on`?")
    }

    @Test func unknownStatus() throws {
        let d = try check(.unknownStatus, prd(replacing: "status: planned", with: "status: «planed"))
        #expect(d?.help?.hasPrefix("did you mean `planned`?") == true)
    }

    @Test func invalidDate() throws {
        _ = try check(.invalidDate, prd(replacing: "quarter: 2026-Q3", with: "quarter: 2026-Q3\nstart: «2026-02-30"))
    }

    @Test func notADate() throws {
        _ = try check(.invalidDate, prd(replacing: "quarter: 2026-Q3", with: "quarter: 2026-Q3\ndue: «next week"))
    }

    @Test func invalidQuarter() throws {
        _ = try check(.invalidQuarter, prd(replacing: "quarter: 2026-Q3", with: "quarter: «2026-Q5"))
    }

    @Test func dueBeforeStart() throws {
        let d = try check(.dueBeforeStart, prd(replacing: "quarter: 2026-Q3", with: "quarter: 2026-Q3\nstart: 2026-09-01\ndue: «2026-08-01"))
        #expect(d?.notes.first?.location?.line == 8)
    }

    @Test func invalidHorizon() throws {
        let d = try check(.invalidHorizon, prd(replacing: "quarter: 2026-Q3", with: "horizon: «nxt"))
        #expect(d?.help == "did you mean `next`?")
    }

    @Test func quarterAndHorizonTogether() throws {
        _ = try check(.quarterAndHorizon, prd(replacing: "quarter: 2026-Q3", with: "quarter: 2026-Q3\n«horizon: now"))
    }

    @Test func riceOutOfRange() throws {
        let line = "rice: { reach: 40000, impact: 2, confidence: 80%, effort: 3 }"
        _ = try check(.riceOutOfRange, prd(replacing: line, with: "rice: { reach: 40000, impact: «4, confidence: 80%, effort: 3 }"))
        _ = try check(.riceOutOfRange, prd(replacing: line, with: "rice: { reach: «-5, impact: 1, confidence: 80%, effort: 3 }"))
        _ = try check(.riceOutOfRange, prd(replacing: line, with: "rice: { reach: 5, impact: 1, confidence: «120%, effort: 3 }"))
        _ = try check(.riceOutOfRange, prd(replacing: line, with: "rice: { reach: 5, impact: 1, confidence: «80, effort: 3 }"))
        _ = try check(.riceOutOfRange, prd(replacing: line, with: "rice: { reach: 5, impact: 1, confidence: 0.8, effort: «0 }"))
    }

    @Test func riceIncomplete() throws {
        let d = try check(.riceIncomplete, prd(replacing: "rice: { reach: 40000, impact: 2, confidence: 80%, effort: 3 }",
                                               with: "rice: «{ reach: 40000, impact: 2, confidence: 80% }"))
        #expect(d?.message.contains("`effort`") == true)
    }

    @Test func missingRICEOnAnUpcomingFeature() throws {
        let d = try check(.missingRICE, Marked(Fixture.prd
            .replacingOccurrences(of: "rice: { reach: 40000, impact: 2, confidence: 80%, effort: 3 }\n", with: "")
            .replacingOccurrences(of: "status: planned", with: "status: «planned")))
        #expect(d?.severity == .warning)
    }

    @Test func noRICEExpectedOfShippedFeatures() throws {
        let text = Fixture.prd.replacingOccurrences(of: "rice: { reach: 40000, impact: 2, confidence: 80%, effort: 3 }\n", with: "")
            .replacingOccurrences(of: "status: planned", with: "status: shipped")
        let result = try Fixture.compile([path: text])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func missingRequiredSection() throws {
        let text = Fixture.prd.replacingOccurrences(of: "## Success metrics\n", with: "```\n## Success metrics\n```\n")
        let result = try Fixture.compile([path: text])
        let d = expectDiagnostic(result, .missingSection, path, 10, 1)
        #expect(d?.message.contains("Success metrics") == true)
    }

    @Test func validFixtureHasNoDiagnostics() throws {
        let result = try Fixture.compile()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let feature = try #require(result.roadmap.features.first)
        #expect(feature.rice?.score == 40000 * 2 * 0.8 / 3)
        #expect(result.roadmap.objectives.first?.keyResults.first?.movedBy.map(\.rawValue) == ["saved-cards"])
        #expect(result.roadmap.objectives.first?.keyResults.first?.progress == 0.25)
    }
}
