import RoadmapCompiler
import RoadmapCore
import Testing

/// References that are nearly right say what is wrong and what to write instead.
@Suite struct ReferenceHintTests {
    let path = "prds/payments/saved-cards.md"

    @Test func upperCaseOKRReferenceSaysIDsAreLowerCase() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [«GROW-CHECKOUT/KR1]"))
        let result = try Fixture.compile([path: file.text])
        #expect(placed(result) == ["RM501 \(path):\(file.line):\(file.column)"])
        #expect(result.diagnostics.first?.message == "`GROW-CHECKOUT/KR1` is not an OKR reference: ids are lower case")
        #expect(result.diagnostics.first?.help == "write `grow-checkout/kr1`")
    }

    @Test func upperCaseDependencySaysIDsAreLowerCase() throws {
        let other = Fixture.prd.replacingOccurrences(of: "id: saved-cards", with: "id: one-page")
        let file = Marked(Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [grow-checkout/kr1]\ndepends_on: [«One-Page]"))
        let result = try Fixture.compile([path: file.text, "prds/one-page.md": other])
        #expect(placed(result) == ["RM503 \(path):\(file.line):\(file.column)"])
        #expect(result.diagnostics.first?.help == "write `one-page`")
    }

    @Test func aMissingKeyResultListsTheObjectivesKeyResults() throws {
        let objective = Fixture.objective.replacingOccurrences(of: "    unit: \"%\"\n", with: "    unit: \"%\"\n  - id: refunds\n    title: Fewer refunds\n    baseline: 10\n    target: 5\n")
        let file = Marked(Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [grow-checkout/kr1, «grow-checkout/kr7]"))
        let result = try Fixture.compile([path: file.text, "okrs/grow-checkout.md": objective])
        let d = expectDiagnostic(result, .unknownOKR, path, at: file)
        #expect(d?.help == "did you mean `grow-checkout/kr1`? its key results: `kr1` (Checkout conversion from 62% to 70%), `refunds` (Fewer refunds)")
    }

    @Test func anObjectiveWithoutKeyResultsSaysSo() throws {
        let bare = "---\nid: bare\ntitle: Bare\n---\n"
        let file = Marked(Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [grow-checkout/kr1, «bare/kr1]"))
        let result = try Fixture.compile([path: file.text, "okrs/bare.md": bare])
        let d = expectDiagnostic(result, .unknownOKR, path, at: file)
        #expect(d?.help == "objective `bare` has no key results yet; add one under `key_results`, or name the objective alone: `bare`")
    }

    @Test func aMissingOwnerSuggestsGitsUserName() throws {
        let text = Fixture.prd.replacingOccurrences(of: "owner: Sam Lee\n", with: "")
        let result = try Fixture.compile([path: text], options: CompileOptions(gitUserName: "Ada Lovelace"))
        let d = expectDiagnostic(result, .missingField, path, 1, 1)
        #expect(d?.help == "add `owner: Ada Lovelace`")
        let anonymous = try Fixture.compile([path: text])
        #expect(anonymous.diagnostics.first?.help == "add `owner: Sam Lee`")
    }
}

extension ReferenceHintTests {
    @Test func anUpperCaseReferenceToNothingIsOneDiagnostic() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [grow-checkout/kr1, «GROW-CHECKOT/KR1]"))
        let result = try Fixture.compile([path: file.text])
        #expect(placed(result) == ["RM501 \(path):\(file.line):\(file.column)"])
        #expect(result.diagnostics.first?.message == "no objective has the id `grow-checkot`")
        #expect(result.diagnostics.first?.help == "did you mean `grow-checkout`?")
    }
}
