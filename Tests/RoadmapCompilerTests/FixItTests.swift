import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import Testing

/// Fix-its: each kind on a bad file, then the roadmap checks clean once the fix is made.
@Suite struct FixItTests {
    let path = "prds/payments/saved-cards.md"

    func prd(replacing line: String, with replacement: String) -> String {
        precondition(Fixture.prd.contains(line + "\n"), "fixture has no line \(line)")
        return Fixture.prd.replacingOccurrences(of: line + "\n", with: replacement + "\n")
    }

    /// Compiles with `bytes` as the PRD, makes the fixes a plan takes, and compiles again.
    func fixed(_ bytes: [UInt8], unsafe: Bool = false) throws -> (before: Compilation, after: Compilation, result: [UInt8]) {
        let before = try Fixture.compile(bytes: [path: bytes])
        let plan = FixPlan(before.diagnostics, includeUnsafe: unsafe)
        let result = try #require((plan.editsByPath[path] ?? []).applied(to: bytes))
        return (before, try Fixture.compile(bytes: [path: result]), result)
    }

    @Test func baseRoadmapIsClean() throws {
        #expect(try Fixture.compile().diagnostics.isEmpty)
    }

    @Test func statusWithOneCloseSpellingIsASafeFix() throws {
        let text = prd(replacing: "status: planned", with: "status: planed")
        let (before, after, result) = try fixed(Array(text.utf8))
        let d = try #require(before.diagnostics.first { $0.code == .unknownStatus })
        #expect(d.fixes.count == 1)
        #expect(d.fixes.first?.safety == .safe)
        let edit = try #require(d.fixes.first?.edits.first)
        #expect(Array(text.utf8)[edit.start..<edit.end].elementsEqual("planed".utf8))
        #expect(edit.replacement == "planned")
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics)")
        #expect(String(decoding: result, as: UTF8.self) == Fixture.prd)
    }

    @Test func statusWithSeveralCloseSpellingsIsHeldBackUnlessUnsafe() throws {
        let config = "title: Test\nstatuses: [idea, planned, planted, shipped]\nrequired_sections: [Problem, Success metrics]\n"
        let text = prd(replacing: "status: planned", with: "status: 'planed'")
        let before = try Fixture.compile(["roadmap.yml": config, path: text])
        let d = try #require(before.diagnostics.first { $0.code == .unknownStatus })
        #expect(d.fixes.map(\.safety) == [.unsafe, .unsafe])
        #expect(d.fixes.map { $0.edits.first?.replacement } == ["'planned'", "'planted'"])
        let safeOnly = FixPlan(before.diagnostics, includeUnsafe: false)
        #expect(safeOnly.taken.isEmpty)
        #expect(safeOnly.heldBack.first?.reason.contains("a guess among `'planned'`, `'planted'`") == true)
        let plan = FixPlan(before.diagnostics, includeUnsafe: true)
        let result = try #require(plan.editsByPath[path]?.applied(to: Array(text.utf8)))
        let after = try Fixture.compile(["roadmap.yml": config], bytes: [path: result])
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics)")
        #expect(String(decoding: result, as: UTF8.self).contains("status: 'planned'\n"))
    }

    @Test func unpaddedDateIsWrittenOut() throws {
        let text = prd(replacing: "quarter: 2026-Q3", with: "quarter: 2026-Q3\nstart: 2026-7-1\ndue: \"2026/09/30\"")
        let (before, after, result) = try fixed(Array(text.utf8))
        #expect(before.diagnostics.filter { $0.code == .invalidDate }.map { $0.fixes.first?.safety } == [.safe, .safe])
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics)")
        #expect(String(decoding: result, as: UTF8.self).contains("start: 2026-07-01\ndue: \"2026-09-30\"\n"))
    }

    @Test func impossibleDateHasNoFix() throws {
        let text = prd(replacing: "quarter: 2026-Q3", with: "quarter: 2026-Q3\ndue: 2026-2-30")
        let before = try Fixture.compile([path: text])
        #expect(before.diagnostics.first { $0.code == .invalidDate }?.fixes.isEmpty == true)
    }

    @Test func upperCaseIDIsLowerCased() throws {
        let text = prd(replacing: "id: saved-cards", with: "id: Saved-Cards")
        let (before, after, result) = try fixed(Array(text.utf8))
        #expect(before.diagnostics.first { $0.code == .invalidID }?.fixes.first?.safety == .safe)
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics)")
        #expect(String(decoding: result, as: UTF8.self) == Fixture.prd)
    }

    @Test func idWithSpacesIsAnUnsafeFix() throws {
        let text = prd(replacing: "id: saved-cards", with: "id: saved cards")
        let before = try Fixture.compile([path: text])
        #expect(before.diagnostics.first { $0.code == .invalidID }?.fixes.first?.safety == .unsafe)
        let (_, after, _) = try fixed(Array(text.utf8), unsafe: true)
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics)")
    }

    @Test func misspeltKeyIsRenamed() throws {
        let text = prd(replacing: "team: payments", with: "taem: payments")
        let (before, after, result) = try fixed(Array(text.utf8))
        let d = try #require(before.diagnostics.first { $0.code == .unknownKey })
        #expect(d.fixes.first?.safety == .safe)
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics)")
        #expect(String(decoding: result, as: UTF8.self) == Fixture.prd)
    }

    @Test func misspeltKeyInsideFlowRICEIsRenamed() throws {
        let text = prd(replacing: "rice: { reach: 40000, impact: 2, confidence: 80%, effort: 3 }",
                       with: "rice: { reach: 40000, impakt: 2, confidence: 80%, effort: 3 }")
        let (_, after, result) = try fixed(Array(text.utf8))
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics)")
        #expect(String(decoding: result, as: UTF8.self) == Fixture.prd)
    }

    @Test func keyThatWouldDuplicateAnotherHasNoFix() throws {
        let text = prd(replacing: "team: payments", with: "team: payments\nteams: core")
        let before = try Fixture.compile([path: text])
        #expect(before.diagnostics.first { $0.code == .unknownKey }?.fixes.isEmpty == true)
    }

    @Test func horizonTypoIsFixed() throws {
        let text = prd(replacing: "quarter: 2026-Q3", with: "horizon: nxet")
        let (_, after, result) = try fixed(Array(text.utf8))
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics)")
        #expect(String(decoding: result, as: UTF8.self).contains("horizon: next\n"))
    }

    @Test func missingSectionsAreAppendedWithPrompts() throws {
        let text = "---\nid: saved-cards\ntitle: Saved cards\nstatus: planned\nowner: Sam Lee\nokrs: [grow-checkout/kr1]\nrice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\nIntro without a newline at the end"
        let (before, after, result) = try fixed(Array(text.utf8))
        #expect(before.diagnostics.filter { $0.code == .missingSection }.count == 2)
        // What is left is the prompts to answer, the same ones `roadmap new` writes (RM705).
        #expect(after.diagnostics.map { "\($0.code.rawValue) \($0.location?.line ?? 0)" } == ["RM705 13", "RM705 17"], "\(after.diagnostics)")
        #expect(String(decoding: result, as: UTF8.self) == text
            + "\n\n## Problem\n\n_Who has this problem, how do we know, and what does it cost them today?_\n\n## Success metrics\n\n_Which numbers move, from what to what, and by when?_\n")
    }

    @Test func fixesKeepCRLFAndTheByteOrderMark() throws {
        let text = "\u{FEFF}" + prd(replacing: "status: planned", with: "status: planed  # was: planned")
            .replacingOccurrences(of: "## Problem\nTyping a card is slow.\n\n", with: "")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let (before, after, result) = try fixed(Array(text.utf8))
        #expect(before.diagnostics.map(\.code).sorted() == [.unknownStatus, .missingSection])
        #expect(after.diagnostics.map(\.code) == [.templatePrompt], "\(after.diagnostics)")
        let expected = text.replacingOccurrences(of: "status: planed  #", with: "status: planned  #")
            + "\r\n## Problem\r\n\r\n_Who has this problem, how do we know, and what does it cost them today?_\r\n"
        #expect(result == Array(expected.utf8))
    }

    @Test func keyResultFieldTypoIsFixed() throws {
        let objective = Fixture.objective.replacingOccurrences(of: "    current: 64\n", with: "    curent: 64\n")
        let path = "okrs/grow-checkout.md"
        let before = try Fixture.compile([path: objective])
        let plan = FixPlan(before.diagnostics, includeUnsafe: false)
        let result = try #require(plan.editsByPath[path]?.applied(to: Array(objective.utf8)))
        #expect(String(decoding: result, as: UTF8.self) == Fixture.objective)
        #expect(try Fixture.compile(bytes: [path: result]).diagnostics.isEmpty)
    }

    @Test func configKeyTypoIsFixed() throws {
        let config = Fixture.config.replacingOccurrences(of: "title:", with: "titel:")
        let before = try Fixture.compile(["roadmap.yml": config])
        let fix = try #require(before.diagnostics.first { $0.code == .unknownKey }?.fixes.first)
        #expect(fix.safety == .safe)
        let result = try #require(fix.edits.applied(to: Array(config.utf8)))
        #expect(String(decoding: result, as: UTF8.self) == Fixture.config)
    }

    @Test func overlappingFixesWaitForTheNextRun() {
        let a = Diagnostic(.unknownStatus, "a", at: nil, fixes: [Fix("a", safety: .safe, edits: [TextEdit(path: "p", start: 0, end: 4, replacement: "x")])])
        let b = Diagnostic(.unknownStatus, "b", at: nil, fixes: [Fix("b", safety: .safe, edits: [TextEdit(path: "p", start: 2, end: 6, replacement: "y")])])
        let plan = FixPlan([a, b], includeUnsafe: false)
        #expect(plan.taken.map(\.diagnostic.message) == ["a"])
        #expect(plan.heldBack.first?.reason.contains("again") == true)
    }

    @Test(arguments: ["2026 Q3", "Q3 2026", "2026q3", "2026-Q03", "q3-2026"])
    func quarterWrittenAnotherWayIsRewritten(_ written: String) throws {
        let text = prd(replacing: "quarter: 2026-Q3", with: "quarter: \(written)")
        let (before, after, result) = try fixed(Array(text.utf8))
        #expect(before.diagnostics.first { $0.code == .invalidQuarter }?.fixes.first?.safety == .safe)
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics)")
        #expect(String(decoding: result, as: UTF8.self) == Fixture.prd)
    }

    @Test(arguments: ["2026-Q5", "Q3", "26-Q3", "2026 Q3 Q4"])
    func impossibleQuarterHasNoFix(_ written: String) throws {
        let text = prd(replacing: "quarter: 2026-Q3", with: "quarter: \(written)")
        let d = try Fixture.compile([path: text]).diagnostics.first { $0.code == .invalidQuarter }
        #expect(d != nil)
        #expect(d?.fixes.isEmpty == true)
    }
}
