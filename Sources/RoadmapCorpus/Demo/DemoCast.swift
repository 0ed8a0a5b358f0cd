/// The demo roadmap as it starts: a B2B analytics product, "Lumen", planning its second half of
/// 2026 around customer love, retention and a faster first session.
enum DemoCast {
    static let config = """
    # Lumen product roadmap: a demo written by `roadmap-corpus demo`, with months of git history.
    title: Lumen product roadmap
    base_url: /
    prds: prds
    okrs: okrs
    statuses: [idea, discovery, planned, in-progress, shipped, dropped]
    required_sections: [Problem, Success metrics]

    """

    static func objectives() -> [DemoObjective] {
        [
            DemoObjective(id: "customer-love", title: "Customers love working with Lumen", period: "2026-Q4", owner: "Aiko Tanaka", keyResults: [
                DemoKeyResult(id: "nps", title: "Net promoter score of admins", baseline: 18, target: 35, unit: "NPS"),
                DemoKeyResult(id: "csat", title: "Support conversations rated good", baseline: 81, target: 90, unit: "%"),
            ], summary: "Admins recommend Lumen when it answers their questions quickly and support solves problems on the first reply."),
            DemoObjective(id: "keep-customers", title: "Customers stay and grow with us", period: "2026-Q4", owner: "Priya Nair", keyResults: [
                DemoKeyResult(id: "retention", title: "Accounts still active 90 days after signing", baseline: 84, target: 90, unit: "%"),
                DemoKeyResult(id: "adoption", title: "Weekly active accounts that use dashboards", baseline: 22, target: 40, unit: "%"),
                DemoKeyResult(id: "expansion", title: "Monthly expansion revenue", baseline: 410_000, target: 600_000, unit: "EUR"),
            ], summary: "Accounts that build a dashboard in their first month renew at twice the rate of those that do not."),
            DemoObjective(id: "fast-onboarding", title: "New teams get going fast", period: "2026-Q3", owner: "Jonas Berg", keyResults: [
                DemoKeyResult(id: "ttfv", title: "Median time to first value", baseline: 9, target: 2, unit: "days"),
            ], summary: "Time to first value is the time from sign-up to the first shared chart."),
        ]
    }

    static func prds() -> [DemoPRD] {
        func day(_ m: Int, _ d: Int, _ y: Int = 2026) -> Day { Day(year: y, month: m, day: d) }
        return [
            DemoPRD(id: "guided-setup", title: "Guided setup for new workspaces", team: "growth", owner: "Jonas Berg", status: "idea",
                    start: day(7, 6), due: day(8, 28), okrs: ["fast-onboarding/ttfv"], rice: (6000, 2, 80, 3),
                    problem: "Half of new workspaces never connect a data source in their first week.",
                    proposal: "A checklist that walks a new admin through connecting data, inviting a colleague and sharing a chart.",
                    metric: "Median time to first value down from 9 days to 2."),
            DemoPRD(id: "sample-data", title: "Sample data in every new workspace", team: "growth", owner: "Jonas Berg", status: "planned",
                    start: day(6, 15), due: day(7, 31), okrs: ["fast-onboarding/ttfv"], rice: (6000, 1, 90, 1),
                    problem: "An empty workspace shows nothing worth sharing until data arrives.",
                    proposal: "Seed each new workspace with a sample dataset and three ready-made charts.",
                    metric: "Share of new workspaces with a shared chart on day one: 30%."),
            DemoPRD(id: "faster-import", title: "CSV import in seconds, not minutes", team: "platform", owner: "Luis Romero", status: "in-progress",
                    start: day(5, 18), due: day(7, 24), okrs: ["fast-onboarding/ttfv"], rice: (4000, 1, 80, 2),
                    problem: "Importing a 50 MB CSV takes four minutes, and a third of first imports are abandoned.",
                    proposal: "Stream the file, infer types from a sample, and show the first rows while the rest loads.",
                    metric: "p95 import time of a 50 MB file under 20 seconds."),
            DemoPRD(id: "in-app-surveys", title: "In-app NPS and CSAT surveys", team: "insights", owner: "Aiko Tanaka", status: "discovery",
                    start: day(7, 13), due: day(9, 11), okrs: ["customer-love/nps", "customer-love/csat"], rice: (9000, 1, 70, 2),
                    problem: "We survey admins by email once a quarter and hear back from one in twenty.",
                    proposal: "Ask a one-question survey inside the product after a chart is shared, at most once a quarter per person.",
                    metric: "Survey response rate above 25%."),
            DemoPRD(id: "support-chat", title: "Chat with support from any page", team: "support", owner: "Luis Romero", status: "planned",
                    start: day(8, 3), due: day(10, 16), okrs: ["customer-love/csat"], rice: (7000, 2, 60, 4),
                    problem: "Support is email only, and the first reply takes eleven hours on average.",
                    proposal: "A chat panel staffed in European and US hours, with the page and workspace attached to each conversation.",
                    metric: "Conversations rated good up from 81% to 90%."),
            DemoPRD(id: "usage-alerts", title: "Alerts when a metric moves", team: "growth", owner: "Jonas Berg", status: "idea",
                    start: day(9, 14), due: day(11, 27), okrs: ["keep-customers/adoption"], rice: (5000, 2, 50, 3),
                    problem: "Dashboards are opened when someone remembers to; most weeks nobody does.",
                    proposal: "Let anyone subscribe to a chart and get a message when its metric leaves its usual range.",
                    metric: "Weekly active accounts using dashboards up from 22% to 40%."),
            DemoPRD(id: "annual-plans", title: "Annual plans with a discount", team: "billing", owner: "Priya Nair", status: "planned",
                    start: day(8, 10), due: day(10, 9), okrs: ["keep-customers/retention", "keep-customers/expansion"], rice: (3000, 2, 80, 2),
                    problem: "Every plan is monthly, so every month is a chance to churn.",
                    proposal: "Offer annual billing at two months free, with a prorated switch from monthly.",
                    metric: "90-day retention up from 84% to 90%."),
            DemoPRD(id: "win-back-emails", title: "Win-back emails for lapsed accounts", team: "growth", owner: "Jonas Berg", status: "idea",
                    start: day(8, 17), due: day(9, 25), okrs: ["keep-customers/retention"], rice: (2000, 0.5, 50, 1),
                    problem: "Lapsed accounts hear nothing from us until their card fails.",
                    proposal: "A three-email sequence that shows what changed in their dashboards since they last looked.",
                    metric: "One in ten lapsed accounts active again within 30 days."),
            DemoPRD(id: "team-workspaces", title: "Shared team workspaces", team: "platform", owner: "Luis Romero", status: "discovery",
                    start: day(10, 5), due: day(12, 18), okrs: ["keep-customers/adoption", "keep-customers/expansion"], rice: (8000, 3, 60, 6),
                    problem: "Each person builds dashboards alone; nobody else in the company sees them.",
                    proposal: "Workspaces a whole team shares, with roles, and seats billed per active member.",
                    metric: "Monthly expansion revenue up from €410,000 to €600,000."),
        ]
    }
}
