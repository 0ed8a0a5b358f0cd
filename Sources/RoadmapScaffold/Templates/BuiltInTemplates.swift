import RoadmapCore

/// The templates `roadmap new` uses when the roadmap has none of its own, and that `roadmap init`
/// writes into `templates/` for the team to adapt.
public enum BuiltInTemplates {
    /// The template for `kind`.
    public static func text(for kind: ItemKind) -> String {
        kind == .prd ? prd : objective
    }

    /// A PRD that passes `roadmap check` as it is: status from the workflow's start, RICE
    /// placeholders that are valid (a reach of 0 ranks it last until someone estimates it). Its
    /// prompts and its zero reach are warnings (RM705, RM309) until they are replaced.
    public static let prd = """
        ---
        id: {{id}}
        title: {{title}}
        status: {{status}}
        owner: {{owner}}
        team: {{team}}
        quarter: {{quarter}}
        okrs: {{okrs}}
        depends_on: []
        # RICE: reach per quarter, impact 3/2/1/0.5/0.25, confidence 0-100%, effort in person-months.
        rice: { reach: 0, impact: 1, confidence: 50%, effort: 1 }
        tags: []
        ---

        # {{title}}

        {{sections}}
        """

    /// An objective with one key result to fill in.
    public static let objective = """
        ---
        id: {{id}}
        title: {{title}}
        period: {{quarter}}
        owner: {{owner}}
        key_results:
          - id: kr1
            title: \(TemplatePrompts.keyResultTitle)
            baseline: 0
            target: 100
            current: 0
            unit: "%"
        ---

        # {{title}}

        \(TemplatePrompts.objectiveBody)

        """
}
