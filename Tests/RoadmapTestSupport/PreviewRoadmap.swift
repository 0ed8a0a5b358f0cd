/// A small roadmap (one objective, two PRDs, a workflow and a required section) that checks
/// clean, for the preview server's tests.
public enum PreviewRoadmap {
    public static let files: [String: String] = [
        "roadmap.yml": """
            title: Preview test roadmap
            prds: prds
            okrs: okrs
            statuses: [idea, planned, in-progress, shipped]
            required_sections: [Problem]

            """,
        "okrs/grow.md": """
            ---
            id: grow
            title: Grow the business
            owner: Sam Osei
            period: 2026-Q3
            key_results:
              - {id: kr1, title: Trials that convert, baseline: 9, target: 13, current: 10, unit: "%"}
            ---

            # Grow the business

            """,
        "prds/onboarding.md": """
            ---
            id: onboarding
            title: Guided onboarding
            owner: Sam Osei
            status: planned
            team: growth
            quarter: 2026-Q3
            okrs: [grow/kr1]
            ---

            # Guided onboarding

            ## Problem

            New accounts stall in their first week.

            """,
        "prds/billing.md": """
            ---
            id: billing
            title: Usage billing
            owner: Ada Park
            status: idea
            team: payments
            ---

            # Usage billing

            ## Problem

            Invoices are sent by hand.

            """,
    ]
}
