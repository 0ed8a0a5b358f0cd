/// What happens to the demo's PRDs and objectives, and when: status moves, slips, a rename.
enum DemoScript {
    struct Event {
        enum Change {
            case status(String, String)
            /// Due date moved later by days, with the reason for the commit message.
            case slip(String, Int, String)
            case renameObjective(from: String, to: String, title: String, period: String)
        }

        var week: Int
        var change: Change
    }

    static let events: [Event] = [
        Event(week: 1, change: .status("sample-data", "in-progress")),
        Event(week: 2, change: .status("guided-setup", "discovery")),
        Event(week: 3, change: .status("in-app-surveys", "planned")),
        Event(week: 4, change: .status("guided-setup", "planned")),
        Event(week: 6, change: .status("usage-alerts", "discovery")),
        Event(week: 7, change: .status("faster-import", "shipped")),
        Event(week: 7, change: .status("guided-setup", "in-progress")),
        Event(week: 8, change: .status("sample-data", "shipped")),
        Event(week: 8, change: .status("support-chat", "in-progress")),
        Event(week: 9, change: .status("in-app-surveys", "in-progress")),
        Event(week: 10, change: .slip("guided-setup", 21, "The checklist needs the new permissions model, which lands in September.")),
        Event(week: 10, change: .status("annual-plans", "in-progress")),
        Event(week: 11, change: .status("usage-alerts", "planned")),
        Event(week: 13, change: .status("win-back-emails", "dropped")),
        Event(week: 14, change: .status("in-app-surveys", "shipped")),
        Event(week: 15, change: .renameObjective(from: "fast-onboarding", to: "instant-value",
                                                 title: "New teams see value in their first session", period: "2026-Q4")),
        Event(week: 15, change: .status("team-workspaces", "planned")),
        Event(week: 16, change: .status("guided-setup", "shipped")),
        Event(week: 17, change: .slip("support-chat", 28, "Hiring the US-hours agents took a month longer than planned.")),
        Event(week: 18, change: .status("usage-alerts", "in-progress")),
        Event(week: 20, change: .status("team-workspaces", "in-progress")),
        Event(week: 21, change: .status("annual-plans", "shipped")),
        Event(week: 23, change: .slip("team-workspaces", 42, "Seat billing waits for the billing migration; roles ship first.")),
        Event(week: 24, change: .slip("support-chat", 28, "The chat vendor's EU data centre opens in December.")),
    ]

    /// Confidence (0-10) and a note written with some check-ins, by key result and week.
    static let confidence: [String: [Int: (Int, String)]] = [
        "nps": [4: (7, "Survey sample is small until in-app surveys ship"), 12: (6, "Detractors cite slow support replies"),
                20: (5, "Flat since October; chat is late"), 25: (4, "Unlikely to reach 35 this quarter")],
        "adoption": [6: (6, "Alerts should pull people back weekly"), 18: (4, "Alerts only just started"),
                     24: (3, "Workspaces slipped to next year")],
        "ttfv": [5: (7, "Sample data ships next week"), 16: (9, "Guided setup is live")],
        "expansion": [10: (7, "Annual plans start in October")],
    ]

    static func person(_ name: String) -> DemoPerson {
        [DemoPerson.maya, .jonas, .aiko, .luis, .priya, .sam].first { $0.name == name } ?? .maya
    }
}
