/// The YAML front matter of generated files, written key by key in a fixed order.
///
/// Every value is a plain scalar chosen so YAML reads it as intended: titles and names contain
/// no `:`, `#` or leading indicator, and the one value that starts with an indicator (`%`) is
/// quoted.
enum FrontMatter {
    static func prd(_ prd: PRDState, _ world: World) -> String {
        var lines = [
            "---",
            "id: \(prd.id)",
            "title: \(prd.title)",
            "status: \(prd.status.name)",
            "owner: \(Names.person(prd.owner))",
            "team: \(Names.team(prd.team))",
        ]
        if let quarter = prd.quarter { lines.append("quarter: \(quarter.text)") }
        if let horizon = prd.horizon { lines.append("horizon: \(["now", "next", "later"][horizon.rawValue])") }
        if let start = prd.start { lines.append("start: \(start.iso)") }
        if let due = prd.due { lines.append("due: \(due.iso)") }
        if !prd.okrs.isEmpty { lines.append("okrs: [\(prd.okrs.map(world.reference).joined(separator: ", "))]") }
        if !prd.dependsOn.isEmpty {
            lines.append("depends_on: [\(prd.dependsOn.map { world.prds[$0].id }.joined(separator: ", "))]")
        }
        if prd.hasRice { lines.append("rice: \(rice(prd.rice))") }
        if !prd.tags.isEmpty { lines.append("tags: [\(prd.tags.joined(separator: ", "))]") }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    static func rice(_ rice: PRDState.RICEState) -> String {
        let impact = ["3", "2", "1", "0.5", "0.25"][min(4, max(0, rice.impact))]
        let confidence = rice.confidenceAsFraction ? Tenths.text(rice.confidence / 10) : "\(rice.confidence)%"
        return "{ reach: \(rice.reach), impact: \(impact), confidence: \(confidence), effort: \(Tenths.text(rice.effort)) }"
    }

    static func objective(_ objective: ObjectiveState) -> String {
        var lines = [
            "---",
            "id: \(objective.id)",
            "title: \(objective.title)",
            "period: \(objective.period.text)",
            "owner: \(objective.owner)",
            "key_results:",
        ]
        for (n, kr) in objective.keyResults.enumerated() {
            lines += [
                "  - id: kr\(n + 1)",
                "    title: \(kr.title)",
                "    baseline: \(Tenths.text(kr.baseline))",
                "    target: \(Tenths.text(kr.target))",
                "    current: \(Tenths.text(kr.current))",
                "    unit: \"\(kr.unit)\"",
            ]
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    static let config = """
        title: Acme Product Roadmap
        statuses: [idea, discovery, planned, in-progress, shipped, dropped]
        required_sections: [Problem, Success metrics]

        """
}
