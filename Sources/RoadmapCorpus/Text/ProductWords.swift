/// Noun and verb phrases the sentence templates are filled with.
enum ProductWords {
    static let qualifiers = [
        "bulk", "self-serve", "faster", "smart", "unified", "offline", "scheduled", "guided",
        "real-time", "automated", "granular", "one-click", "shared", "localized", "configurable",
        "instant", "resilient", "simplified", "redesigned", "team", "usage-based", "secure",
        "accessible", "predictive", "multi-currency", "cross-device", "audited", "incremental",
    ]

    static let features = [
        "invoice export", "checkout flow", "search results", "onboarding checklist",
        "notification settings", "billing dashboard", "single sign-on setup", "refund workflow", "saved carts",
        "audit log", "role permissions", "order history", "product editing", "webhook retries",
        "usage reports", "CSV import", "payment methods", "delivery tracking", "promo codes",
        "two-factor login", "subscription upgrades", "dunning emails", "tax calculation",
        "inventory sync", "seller payouts", "customer profiles", "help center search",
        "data retention", "account recovery", "workspace invites", "API keys", "price experiments",
        "push notifications", "dispute handling", "catalog import", "review moderation",
        "shipping labels", "fraud scoring", "activity feed", "email receipts", "plan limits",
        "trial conversion", "search filters", "mobile wallet", "identity verification",
        "report builder", "address autocomplete", "gift cards", "returns portal", "status page",
    ]

    static let personas = [
        "admins", "new users", "finance teams", "store owners", "support agents",
        "enterprise buyers", "mobile shoppers", "first-time sellers", "account managers",
        "developers", "warehouse staff", "trial users", "team leads", "power users",
        "returning customers", "partners", "accountants", "operations managers",
    ]

    static let systems = [
        "ledger service", "search index", "notification pipeline", "identity service",
        "billing engine", "event bus", "mobile app", "web client", "public API", "data warehouse",
        "pricing service", "order service", "feature flag service", "job scheduler",
    ]

    static let pains = [
        "duplicate charges", "slow page loads", "confusing error messages", "missing exports",
        "manual reconciliation", "lost drafts", "stale data", "unclear pricing", "failed payments",
        "password resets", "timeouts during peak hours", "inconsistent totals", "noisy alerts",
        "broken deep links", "copy-paste between tools", "unreadable reports",
    ]

    static let goals = [
        "close the month", "launch a campaign", "invite their team", "reconcile payouts",
        "ship an order", "find the right product", "resolve a ticket", "renew a contract",
        "set up billing", "publish a listing", "audit access", "export their data",
    ]

    static let manualTasks = [
        "download three spreadsheets", "email support", "open a ticket", "refresh the page",
        "ask an admin", "copy ids by hand", "switch to the desktop site", "wait for a nightly job",
        "re-enter their card", "merge files in a spreadsheet",
    ]

    static let verbs = [
        "rebuild", "simplify", "automate", "split", "instrument", "cache", "batch", "redesign",
        "consolidate", "localize", "harden", "streamline",
    ]

    static let risks = [
        "Migration of existing data", "Load on the primary database", "Legal review in the EU",
        "Partner API rate limits", "Support readiness", "Pricing page changes",
        "Accessibility regressions", "Increased infrastructure cost", "Confusing two flows at once",
        "Dependency on another team's roadmap", "Mobile release cadence", "Fraud abuse of the new path",
    ]

    static let mitigations = [
        "ship behind a feature flag and ramp by cohort", "run a dry run on a copy of production",
        "agree on a rollback plan with the on-call team", "pair with legal before the beta",
        "add a dashboard and alert before launch", "write the help center article first",
        "keep the old flow available for one quarter", "load test at twice the expected peak",
        "limit the beta to invited accounts", "review the design with the accessibility guild",
    ]

    static let domains = [
        "wiki.example.com", "dashboards.example.com", "research.example.com",
        "docs.example.org", "status.example.com", "design.example.com",
    ]
}
