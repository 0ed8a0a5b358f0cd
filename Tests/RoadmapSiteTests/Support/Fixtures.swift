import RoadmapCore

/// Small roadmaps built by hand, linked both ways the way the compiler links them.
enum Fixtures {
    static func id(_ text: String) -> ItemID {
        guard let id = ItemID(text) else { preconditionFailure("bad fixture id \(text)") }
        return id
    }

    static func feature(
        _ name: String, title: String, status: String, owner: String = "Sam Lee", team: String? = nil,
        quarter: String? = nil, horizon: Horizon? = nil, start: String? = nil, due: String? = nil,
        okrs: [String] = [], dependsOn: [String] = [], rice: RICE? = nil, tags: [String] = [],
        body: String = "", folder: String = "prds"
    ) -> Feature {
        Feature(
            id: id(name), title: title, status: status, owner: owner, team: team,
            quarter: quarter.flatMap(Quarter.init), horizon: horizon, start: start.flatMap { CalendarDate(iso: $0) },
            due: due.flatMap { CalendarDate(iso: $0) }, okrs: okrs.compactMap(OKRReference.init),
            dependsOn: dependsOn.map(id), rice: rice, tags: tags, body: Body(markdown: body, firstLine: 10),
            path: "\(folder)/\(name).md")
    }

    /// Fills in `movedBy` and `dependents` from the features, as the compiler's linker does.
    static func link(config: RoadmapConfig = RoadmapConfig(title: "Acme Roadmap"), objectives: [Objective],
                     features: [Feature]) -> Roadmap {
        var objectives = objectives
        var features = features
        for f in features {
            for ref in f.okrs {
                guard let oi = objectives.firstIndex(where: { $0.id == ref.objective }) else { continue }
                if let kr = ref.keyResult, let ki = objectives[oi].keyResults.firstIndex(where: { $0.id == kr }) {
                    objectives[oi].keyResults[ki].movedBy.append(f.id)
                } else {
                    objectives[oi].movedBy.append(f.id)
                }
            }
        }
        for i in objectives.indices {
            objectives[i].movedBy.sort()
            for k in objectives[i].keyResults.indices { objectives[i].keyResults[k].movedBy.sort() }
        }
        var dependents: [ItemID: [ItemID]] = [:]
        for f in features { for d in f.dependsOn { dependents[d, default: []].append(f.id) } }
        for i in features.indices { features[i].dependents = (dependents[features[i].id] ?? []).sorted() }
        return Roadmap(config: config, objectives: objectives.sorted { $0.id < $1.id },
                       features: features.sorted { $0.id < $1.id })
    }

    static func objective(_ name: String, title: String, period: String = "2026-Q3", owner: String? = "Dana Kim",
                          keyResults: [(String, String, Double?, Double?, Double?, String?)], body: String = "") -> Objective {
        let krs = keyResults.enumerated().map { i, kr in
            KeyResult(id: kr.0, title: kr.1, baseline: kr.2, target: kr.3, current: kr.4, unit: kr.5,
                      location: SourceLocation(path: "okrs/\(name).md", line: 6 + i * 6, column: 9))
        }
        return Objective(id: id(name), title: title, period: Quarter(period), owner: owner, keyResults: krs,
                         body: Body(markdown: body, firstLine: 20), path: "okrs/\(name).md")
    }

    /// Two objectives, five PRDs over two teams, every kind of schedule, a dependency and a link.
    static func small() -> Roadmap {
        let objectives = [
            objective("grow-checkout", title: "Make checkout effortless", keyResults: [
                ("kr1", "Checkout conversion from 62% to 70%", 62, 70, 64, "%"),
                ("kr2", "Checkout time from 90 s to 45 s", 90, 45, 60, "s"),
            ], body: "Checkout is where we lose people.\nSee [the PRD](../prds/one-page-checkout.md)."),
            objective("trust", title: "Be the most trusted store", period: "2026-Q4", keyResults: [
                ("kr1", "Support tickets about fraud halved", 400, 200, nil, "tickets"),
            ]),
        ]
        let features = [
            feature("one-page-checkout", title: "One-page checkout", status: "in-progress", team: "Payments",
                    quarter: "2026-Q3", start: "2026-07-06", due: "2026-09-25",
                    okrs: ["grow-checkout/kr1", "grow-checkout/kr2"], dependsOn: ["saved-cards"],
                    rice: RICE(reach: 40000, impact: 2, confidence: 0.8, effort: 3), tags: ["checkout", "web"],
                    body: "## Problem\nToo many steps.\nBuilds on [saved cards](saved-cards.md#scope)."),
            feature("saved-cards", title: "Saved cards", status: "shipped", owner: "Ana Ruiz", team: "Payments",
                    quarter: "2026-Q2", okrs: ["grow-checkout"],
                    rice: RICE(reach: 20000, impact: 1, confidence: 1, effort: 2), tags: ["checkout"]),
            feature("fraud-signals", title: "Fraud signals", status: "planned", owner: "Lee Wong", team: "Risk",
                    horizon: .next, rice: RICE(reach: 5000, impact: 3, confidence: 0.5, effort: 5)),
            feature("dark-mode", title: "Dark mode", status: "idea", owner: "Kim Park", horizon: .later, tags: ["web"]),
            feature("gift-cards", title: "Gift cards", status: "discovery", owner: "Ana Ruiz", team: "Payments",
                    horizon: .now, rice: RICE(reach: 10000, impact: 2, confidence: 0.5, effort: 2)),
        ]
        return link(objectives: objectives, features: features)
    }

    static func smallDiagnostics() -> [Diagnostic] {
        [
            Diagnostic(.uncoveredKeyResult, "key result trust/kr1 is moved by no PRD",
                       at: SourceLocation(path: "okrs/trust.md", line: 6, column: 9), help: "name it in a PRD's okrs"),
            Diagnostic(.missingRICE, "PRD dark-mode has no RICE score",
                       at: SourceLocation(path: "prds/dark-mode.md", line: 2, column: 1)),
        ]
    }
}
