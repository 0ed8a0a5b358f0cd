import RoadmapCore
import RoadmapScaffold
import Testing

@Suite struct TemplateTests {
    static let values = TemplateValues(
        id: "pay-faster", title: "Pay: faster", owner: "Ada Lovelace", quarter: "2026-Q3", team: "",
        status: "idea", okrs: ["grow/kr1", "grow"], date: "2026-07-06", sections: ["Problem", "Rollout plan"])

    @Test func frontMatterValuesAreYAML() {
        let template = Template("---\nid: {{id}}\ntitle: {{title}}\nowner: {{owner}}\nteam: {{team}}\nquarter: {{quarter}}\nokrs: {{okrs}}\nsections: {{sections}}\n---\n")
        #expect(template.render(Self.values) == """
            ---
            id: pay-faster
            title: "Pay: faster"
            owner: Ada Lovelace
            team:
            quarter: 2026-Q3
            okrs: [grow/kr1, grow]
            sections: [Problem, Rollout plan]
            ---

            """)
    }

    @Test(arguments: [
        ("Yes", "\"Yes\""), ("null", "\"null\""), ("2026", "\"2026\""), ("Über uns", "Über uns"),
        ("Cards, wallets", "Cards, wallets"), ("#1 priority", "\"#1 priority\""), ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("a\\b", "\"a\\\\b\""), ("- list?", "\"- list?\""), ("O'Brien", "O'Brien"), ("2026-07-06", "2026-07-06"),
    ])
    func titlesAreQuotedWhenYAMLWouldMisreadThem(_ title: String, _ written: String) {
        var values = Self.values
        values.title = title
        #expect(Template("---\ntitle: {{title}}\n---\n").render(values) == "---\ntitle: \(written)\n---\n")
    }

    @Test func aPlaceholderTheTemplateQuotedIsWrittenWhole() {
        #expect(Template("---\ntitle: \"{{title}}\"\nowner: '{{owner}}'\n---\n").render(Self.values)
            == "---\ntitle: \"Pay: faster\"\nowner: Ada Lovelace\n---\n")
    }

    @Test func bodyValuesArePlainTextAndSectionsHoldPrompts() {
        let rendered = Template("---\nid: {{id}}\n---\n# {{title}} ({{owner}}, {{date}}) {{okrs}} {{unknown}}\n\n{{sections}}").render(Self.values)
        #expect(rendered == """
            ---
            id: pay-faster
            ---
            # Pay: faster (Ada Lovelace, 2026-07-06) grow/kr1, grow {{unknown}}

            ## Problem

            _Who has this problem, how do we know, and what does it cost them today?_

            ## Rollout plan

            _Write the rollout plan here._

            """)
    }

    @Test func missingRequiredSectionsAreAppended() {
        let template = Template("---\nid: {{id}}\n---\n## problem\n\nText.\n\n```\n## Success metrics\n```\n")
        #expect(template.render(Self.values, requiredSections: ["Problem", "Success metrics"]) == """
            ---
            id: pay-faster
            ---
            ## problem

            Text.

            ```
            ## Success metrics
            ```

            ## Success metrics

            _Which numbers move, from what to what, and by when?_

            """)
    }

    @Test func builtInPRDLeavesNoPlaceholder() {
        var values = Self.values
        values.title = "Saved cards"
        values.team = "payments"
        let rendered = Template(BuiltInTemplates.prd).render(values)
        #expect(!rendered.contains("{{"))
        #expect(rendered.hasPrefix("---\nid: pay-faster\ntitle: Saved cards\nstatus: idea\nowner: Ada Lovelace\nteam: payments\nquarter: 2026-Q3\nokrs: [grow/kr1, grow]\n"))
        #expect(rendered.contains("rice: { reach: 0, impact: 1, confidence: 50%, effort: 1 }\n"))
    }
}

@Suite struct TemplateLineEndTests {
    @Test func crlfTemplatesAreFilledToo() {
        let rendered = Template("---\r\ntitle: {{title}}\r\n---\r\n# {{title}}\r\n").render(TemplateTests.values)
        #expect(rendered == "---\ntitle: \"Pay: faster\"\n---\n# Pay: faster\n")
    }
}

/// templates/objective.md (compiled into the binary) writes the prompts the compiler recognises
/// as left-in placeholders (RM705); a change to one without the other fails here.
@Suite struct BuiltInTemplatePromptTests {
    @Test func objectiveTemplateUsesTheKnownPrompts() {
        #expect(BuiltInTemplates.objective.contains("title: \(TemplatePrompts.keyResultTitle)\n"))
        #expect(BuiltInTemplates.objective.contains("\n\(TemplatePrompts.objectiveBody)\n"))
        #expect(BuiltInTemplates.prd.contains("{{sections}}"))
    }
}
