/// The example objective and PRD of a new roadmap, as templates filled with today's quarter and
/// the author's name. They show each field once and pass `roadmap check` without a warning.
enum ExampleFiles {
    static let objectiveID = "first-week-success"
    static let prdID = "guided-first-run"

    static let objective = """
        ---
        id: first-week-success
        title: {{title}}
        period: {{quarter}}
        owner: {{owner}}
        key_results:
          - id: kr1
            title: New accounts that finish setup within 7 days
            baseline: 40
            target: 60
            current: 40
            unit: "%"
          - id: kr2
            title: Support tickets per 100 new accounts
            baseline: 12
            target: 6
            current: 12
        ---

        # {{title}}

        An example objective written by `roadmap init`: replace it with one of yours, or delete it.

        An objective is an outcome for a quarter, measured by key results. PRDs name the key results
        they move in their `okrs` list, and `roadmap check` warns about key results nothing moves.
        Key result kr2 should fall: its target is below its baseline, and progress counts that way.

        """

    static let prd = """
        ---
        id: guided-first-run
        title: {{title}}
        status: {{status}}
        owner: {{owner}}
        team: {{team}}
        quarter: {{quarter}}
        okrs: {{okrs}}
        rice: { reach: 2000, impact: 1, confidence: 80%, effort: 2 }
        tags: [onboarding, example]
        ---

        # {{title}}

        An example PRD written by `roadmap init`: replace it with your own (`roadmap new prd "Title"`
        starts one), or delete it.

        ## Problem

        Four in ten new accounts never finish setting up. They sign up, look around, and leave
        before they have sent anything, and the ones who stay open a support ticket to ask how.

        ## Proposal

        A checklist on the home page of a new account: three steps, each linking to the screen
        that does it, ticked off as the account completes them.

        ## Success metrics

        Moves both key results of [the objective](../okrs/first-week-success.md): more new accounts
        finish setup within a week, and fewer of them need support to get there.

        ## Risks and open questions

        A checklist nobody reads changes nothing; we will test its wording with five customers first.

        """
}
