import RoadmapCompiler
import RoadmapCore
import Testing

/// RM705 template prompts and RM309 zero RICE inputs left in a file.
@Suite struct PlaceholderRuleTests {
    let path = "prds/payments/saved-cards.md"

    @Test func aSectionPromptLeftInIsReportedAtItsLine() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "Typing a card is slow.", with: "«" + TemplatePrompts.section("Problem")))
        let result = try Fixture.compile([path: file.text])
        #expect(placed(result) == ["RM705 \(path):\(file.line):\(file.column)"])
        #expect(result.diagnostics.first?.location?.length == TemplatePrompts.section("Problem").count)
        #expect(result.diagnostics.first?.severity == .warning)
    }

    @Test func anyRequiredSectionsPromptCounts() throws {
        let file = Marked(Fixture.prd + "## Rollout\n\n«_Write the rollout here._\n")
        let result = try Fixture.compile([path: file.text])
        #expect(placed(result) == ["RM705 \(path):\(file.line):\(file.column)"])
    }

    @Test func promptsInCodeBlocksAreQuotes() throws {
        let text = Fixture.prd + "```\n" + TemplatePrompts.section("Problem") + "\n```\n"
        #expect(try Fixture.compile([path: text]).diagnostics.isEmpty)
    }

    @Test func anObjectivesPromptsAreReported() throws {
        let kr = Marked(Fixture.objective.replacingOccurrences(of: "title: Checkout conversion from 62% to 70%", with: "title: «" + TemplatePrompts.keyResultTitle)
            .replacingOccurrences(of: "Why it matters.", with: "¶" + TemplatePrompts.objectiveBody))
        let text = kr.text.replacingOccurrences(of: "¶", with: "")
        let result = try Fixture.compile(["okrs/grow-checkout.md": text])
        #expect(placed(result) == ["RM705 okrs/grow-checkout.md:\(kr.line):\(kr.column)", "RM705 okrs/grow-checkout.md:14:1"])
    }

    @Test func zeroReachAndConfidenceArePlaceholders() throws {
        let file = Marked(Fixture.prd.replacingOccurrences(of: "rice: { reach: 40000, impact: 2, confidence: 80%, effort: 3 }", with: "rice: { reach: «0, impact: 2, confidence: 0%, effort: 3 }"))
        let result = try Fixture.compile([path: file.text])
        #expect(placed(result) == ["RM309 \(path):\(file.line):\(file.column)", "RM309 \(path):\(file.line):\(file.column + 26)"])
        let shipped = try Fixture.compile([path: file.text.replacingOccurrences(of: "status: planned", with: "status: shipped")])
        #expect(shipped.diagnostics.isEmpty, "\(shipped.diagnostics)")
    }
}
