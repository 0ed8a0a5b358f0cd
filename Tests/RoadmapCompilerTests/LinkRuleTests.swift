import RoadmapCompiler
import RoadmapCore
import Testing

/// RM4xx, RM5xx, RM6xx and RM9xx: ids, links, key results and coverage across files.
@Suite struct LinkRuleTests {
    func feature(_ id: String, _ extra: String = "okrs: [grow-checkout/kr1]") -> String {
        "---\nid: \(id)\ntitle: \(id)\nstatus: planned\nowner: Sam\n\(extra)\nrice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\n## Problem\n## Success metrics\n"
    }

    @Test func invalidIDFormat() throws {
        let file = Marked("---\nid: «One Page\ntitle: x\nstatus: idea\nowner: Sam\n---\n## Problem\n## Success metrics\n")
        let result = try Fixture.compile(["prds/one.md": file.text])
        let d = expectDiagnostic(result, .invalidID, "prds/one.md", at: file)
        #expect(d?.help == "write `one-page`")
        #expect(result.roadmap.features.contains { $0.id.rawValue == "one" && $0.hasErrors })
    }

    @Test func pathTraversalIDIsInvalid() throws {
        let file = Marked("---\nid: «../../etc/passwd\ntitle: x\nstatus: idea\nowner: Sam\n---\n## Problem\n## Success metrics\n")
        let result = try Fixture.compile(["prds/evil.md": file.text])
        expectDiagnostic(result, .invalidID, "prds/evil.md", at: file)
        #expect(result.roadmap.features.allSatisfy { !$0.id.rawValue.contains("/") && !$0.id.rawValue.contains(".") })
    }

    @Test func duplicateIDNamesBothPlaces() throws {
        let file = Marked(feature("saved-cards").replacingOccurrences(of: "id: saved-cards", with: "id: «saved-cards"))
        let result = try Fixture.compile(["prds/z-copy.md": file.text])
        let d = expectDiagnostic(result, .duplicateID, "prds/z-copy.md", at: file)
        #expect(d?.notes.first?.location == SourceLocation(path: "prds/payments/saved-cards.md", line: 2, column: 5, length: 11))
        #expect(result.roadmap.features.count == 2)
    }

    /// Three PRDs share an id of the longest length allowed: the later ones get shortened,
    /// numbered ids of their own (no id may be longer), not a crash.
    @Test func duplicatesOfALongestIDGetShortenedIDs() throws {
        let id = String(repeating: "a", count: 99) + "b"
        let file = Marked(feature(id).replacingOccurrences(of: "id: \(id)", with: "id: «\(id)"))
        let result = try Fixture.compile(["prds/long-1.md": feature(id), "prds/long-2.md": file.text, "prds/long-3.md": feature(id)])
        expectDiagnostic(result, .duplicateID, "prds/long-2.md", at: file)
        let ids = Set(result.roadmap.features.map(\.id.rawValue))
        #expect(ids.isSuperset(of: [id, String(repeating: "a", count: 98) + "-2", String(repeating: "a", count: 98) + "-3"]), "\(ids)")
    }

    @Test func prdAndObjectiveCollide() throws {
        let file = Marked(feature("grow-checkout").replacingOccurrences(of: "id: grow-checkout", with: "id: «grow-checkout"))
        let result = try Fixture.compile(["prds/grow.md": file.text])
        expectDiagnostic(result, .idCollision, "prds/grow.md", at: file)
    }

    @Test func duplicateKeyResultID() throws {
        let file = Marked(Fixture.objective.replacingOccurrences(of: "    unit: \"%\"\n", with: "    unit: \"%\"\n  - id: «kr1\n    title: Again\n    baseline: 1\n    target: 2\n"))
        let result = try Fixture.compile(["okrs/grow-checkout.md": file.text])
        expectDiagnostic(result, .duplicateKeyResultID, "okrs/grow-checkout.md", at: file)
    }

    @Test func targetEqualsBaseline() throws {
        let file = Marked(Fixture.objective.replacingOccurrences(of: "target: 70", with: "target: «62"))
        let result = try Fixture.compile(["okrs/grow-checkout.md": file.text])
        expectDiagnostic(result, .targetEqualsBaseline, "okrs/grow-checkout.md", at: file)
    }

    @Test func decreasingKeyResultProgress() throws {
        let text = Fixture.objective.replacingOccurrences(of: "baseline: 62", with: "baseline: 900")
            .replacingOccurrences(of: "target: 70", with: "target: 300").replacingOccurrences(of: "current: 64", with: "current: 750")
        let result = try Fixture.compile(["okrs/grow-checkout.md": text])
        let kr = try #require(result.roadmap.objectives.first?.keyResults.first)
        #expect(kr.isDecreasing)
        #expect(kr.progress == 0.25)
    }

    @Test func unknownObjectiveAndKeyResult() throws {
        let file = Marked(feature("a", "okrs: [«grow-checkot/kr1, grow-checkout/kr9]"))
        let result = try Fixture.compile(["prds/a.md": file.text])
        let d = expectDiagnostic(result, .unknownOKR, "prds/a.md", at: file)
        #expect(d?.help == "did you mean `grow-checkout`?")
        expectDiagnostic(result, .unknownOKR, "prds/a.md", file.line, file.column + 18)
    }

    @Test func okrLinkToAPRD() throws {
        let file = Marked(feature("a", "okrs: [«saved-cards]"))
        let result = try Fixture.compile(["prds/a.md": file.text])
        expectDiagnostic(result, .okrLinkToPRD, "prds/a.md", at: file)
    }

    @Test func dependencyProblems() throws {
        let file = Marked(feature("a", "okrs: [grow-checkout]\ndepends_on: [«saved-crds, grow-checkout, a]"))
        let result = try Fixture.compile(["prds/a.md": file.text])
        let d = expectDiagnostic(result, .unknownDependency, "prds/a.md", at: file)
        #expect(d?.help == "did you mean `saved-cards`?")
        expectDiagnostic(result, .dependencyOnObjective, "prds/a.md", file.line, file.column + 12)
        expectDiagnostic(result, .selfDependency, "prds/a.md", file.line, file.column + 27)
    }

    @Test func cycleIsPrintedHopByHop() throws {
        let a = Marked(feature("a", "okrs: [grow-checkout]\ndepends_on: [«b]"))
        let result = try Fixture.compile([
            "prds/a.md": a.text,
            "prds/b.md": feature("b", "okrs: [grow-checkout]\ndepends_on: [c]"),
            "prds/c.md": feature("c", "okrs: [grow-checkout]\ndepends_on: [a, saved-cards]"),
        ])
        let d = expectDiagnostic(result, .dependencyCycle, "prds/a.md", at: a)
        #expect(d?.message == "dependency cycle: a -> b -> c -> a")
        #expect(d?.notes.map(\.message) == ["`a` depends on `b`", "`b` depends on `c`", "`c` depends on `a`"])
        #expect(d?.notes.map { $0.location?.path } == ["prds/a.md", "prds/b.md", "prds/c.md"])
        #expect(result.roadmap.feature(ItemID("saved-cards")!)?.dependents.map(\.rawValue) == ["c"])
    }

    @Test func longChainWithoutCycleIsFine() throws {
        var files: [String: String?] = [:]
        for i in 0..<3000 { files["prds/chain/f\(i).md"] = feature("f\(i)", "okrs: [grow-checkout]\ndepends_on: [\(i == 0 ? "saved-cards" : "f\(i - 1)")]") }
        let result = try Fixture.compile(files)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.prefix(3))")
    }

    @Test func brokenRelativeLink() throws {
        let text = Fixture.prd + "See [cards](../payments/saved-cards.md#top), [missing](../payments/nope.md) and [web](https://x.org/a.md).\n"
        let result = try Fixture.compile(["prds/payments/saved-cards.md": text])
        let d = expectDiagnostic(result, .brokenRelativeLink, "prds/payments/saved-cards.md", 16, 46)
        #expect(d?.severity == .warning)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
    }

    @Test func coverageWarnings() throws {
        let objective = Fixture.objective.replacingOccurrences(of: "    unit: \"%\"\n", with: "    unit: \"%\"\n  - id: kr2\n    title: Fewer refunds\n    baseline: 10\n    target: 5\n")
        let lonely = "---\nid: lonely\ntitle: Lonely\nperiod: 2026-Q4\nkey_results:\n  - id: kr1\n    title: x\n    baseline: 0\n    target: 1\n---\n"
        let orphan = Marked(feature("orphan", "okrs: []").replacingOccurrences(of: "status: planned", with: "status: «planned"))
        let result = try Fixture.compile(["okrs/grow-checkout.md": objective, "okrs/lonely.md": lonely, "prds/orphan.md": orphan.text])
        expectDiagnostic(result, .uncoveredKeyResult, "okrs/grow-checkout.md", 13, 9)
        expectDiagnostic(result, .uncoveredObjective, "okrs/lonely.md", 2, 5)
        expectDiagnostic(result, .orphanFeature, "prds/orphan.md", at: orphan)
        #expect(!result.diagnostics.contains { $0.code == .uncoveredKeyResult && $0.location?.path == "okrs/lonely.md" })
    }
}
