import RoadmapCompiler
import RoadmapCore
import Testing

/// YAML errors point at the line a person must change, with advice that fits the mistake.
@Suite struct YAMLAdviceTests {
    let path = "okrs/grow-checkout.md"

    /// The one YAML error of the file; a broken objective also makes the PRD that moves it say
    /// that its reference cannot be checked (RM508), and nothing more.
    func only(_ marked: Marked, at path: String? = nil) throws -> Diagnostic {
        let path = path ?? self.path
        let result = try Fixture.compile([path: marked.text])
        var expected = ["RM105 \(path):\(marked.line):\(marked.column)"]
        if path.hasPrefix("okrs/") { expected.append("RM508 prds/payments/saved-cards.md:8:8") }
        #expect(placed(result) == expected)
        return try #require(result.diagnostics.first)
    }

    @Test func aKeyIndentedLessThanItsListItemIsPointedAt() throws {
        let file = Marked(Fixture.objective.replacingOccurrences(of: "    unit: \"%\"", with: "   «unit: \"%\""))
        let d = try only(file)
        #expect(d.message == "`unit:` is indented 3 spaces, which fits no mapping above it")
        #expect(d.help?.hasPrefix("indent `unit:` by 4 spaces") == true)
        #expect(d.notes.isEmpty)
        #expect(d.help?.contains("close") == false)
    }

    @Test func aKeyIndentedMoreThanItsNeighboursIsPointedAt() throws {
        let file = Marked(Fixture.objective.replacingOccurrences(of: "    unit: \"%\"", with: "      «unit: \"%\""))
        let d = try only(file)
        #expect(d.help?.hasPrefix("indent `unit:` by 4 spaces") == true)
    }

    @Test func aTopLevelKeyIndentedIsPointedAtItsStart() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "owner: Sam Lee", with: "  «owner: Sam Lee"))
        let d = try only(file, at: "prds/payments/saved-cards.md")
        #expect(d.help == "start `owner:` at the beginning of the line, like the key above it")
    }

    @Test func aValueThatStartsQuotedAndGoesOnIsQuotedWhole() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "title: Saved cards", with: "title: «\"Where\" tickets"))
        let d = try only(file, at: "prds/payments/saved-cards.md")
        #expect(d.message == "the value of `title` starts with a quoted part and goes on after the closing quote")
        #expect(d.help == "quote the whole value: `title: '\"Where\" tickets'`")
        #expect(d.location?.length == 15)
    }

    @Test func aColonInsideAPlainValueIsQuoted() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "title: Saved cards", with: "title: «Pay: faster"))
        let d = try only(file, at: "prds/payments/saved-cards.md")
        #expect(d.help == "quote the whole value: `title: \"Pay: faster\"`")
    }

    @Test func aMissingCommaInAFlowMappingIsPointedAt() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "rice: { reach: 40000, impact: 2,", with: "rice: { reach: 40000« impact: 2,"))
        let d = try only(file, at: "prds/payments/saved-cards.md")
        #expect(d.message == "a comma is missing before `impact`")
    }

    @Test func anUnclosedListStillPointsWhereItOpens() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: «[grow-checkout/kr1"))
        let d = try only(file, at: "prds/payments/saved-cards.md")
        #expect(d.help?.hasPrefix("close it on the line where it starts") == true)
    }

    @Test func aMappingWhereAListBelongsPointsAtTheKey() throws {
        let file = Marked(Fixture.objective.replacingOccurrences(of: "key_results:\n  - id: kr1\n    title: Checkout conversion from 62% to 70%\n    baseline: 62\n    target: 70\n    current: 64\n    unit: \"%\"\n", with: "«key_results:\n  id: kr1\n  title: Checkout\n"))
        let result = try Fixture.compile([path: file.text])
        let d = expectDiagnostic(result, .wrongType, path, at: file)
        #expect(d?.message == "`key_results` must be a list, not a mapping")
        let prd = Marked(Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "«okrs:\n  grow-checkout: kr1"))
        expectDiagnostic(try Fixture.compile(["prds/payments/saved-cards.md": prd.text]), .wrongType, "prds/payments/saved-cards.md", at: prd)
    }
}

extension YAMLAdviceTests {
    @Test func aListWhereAMappingBelongsPointsAtTheKey() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "rice: { reach: 40000, impact: 2, confidence: 80%, effort: 3 }", with: "«rice:\n  - reach: 40000\n  - impact: 2"))
        let result = try Fixture.compile(["prds/payments/saved-cards.md": file.text])
        expectDiagnostic(result, .wrongType, "prds/payments/saved-cards.md", at: file)
    }
}

extension YAMLAdviceTests {
    var prdPath: String { "prds/payments/saved-cards.md" }

    @Test func aKeyWithoutItsColonIsNamed() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "quarter: 2026-Q3", with: "«quarter 2026-Q3"))
        let d = try only(file, at: prdPath)
        #expect(d.message == "`quarter` has no `:` after it")
        #expect(d.help == "write `quarter: 2026-Q3`")
    }

    @Test func textAfterAClosedValueIsPointedAt() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [grow-checkout/kr1] «kr2]"))
        let d = try only(file, at: prdPath)
        #expect(d.message == "there is more after the value of `okrs`: `kr2]`")
        #expect(d.notes.isEmpty)
    }

    @Test func aLineThatIsNoFieldIsPointedAtNotTheKeyAfterIt() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "owner: Sam Lee", with: "«owner:_Sam Lee"))
        let d = try only(file, at: prdPath)
        #expect(d.message == "this line is not a `key: value` field, so YAML reads it as text running on into the next line")
    }

    @Test func aStrayCharacterAtTheStartOfALineIsNamed() throws {
        let file = Marked(Fixture.objective.replacingOccurrences(of: "    target: 70", with: "    «,target: 70"))
        let d = try only(file)
        #expect(d.message == "this line does not start with a `key:` or a `- ` list item")
        #expect(d.help == "remove the stray `,`, or indent the line like the lines around it")
    }
}
