/// Whole files: front matter, a blank line, then the Markdown body.
enum Documents {
    static func prd(_ prd: PRDState, _ world: World) -> String {
        FrontMatter.prd(prd, world) + "\n" + PRDBody(prd: prd, world: world).render()
    }

    static func objective(_ objective: ObjectiveState) -> String {
        var rng = SplitMix64(objective.bodySeed, 0)
        let area = objective.title.split(separator: " ").dropFirst().joined(separator: " ")
        let topic = Topic(title: objective.title, feature: area, persona: rng.pick(ProductWords.personas),
                          system: rng.pick(ProductWords.systems), team: Names.team(rng.below(Names.teams.count)),
                          metrics: objective.keyResults.map { $0.title.lowercased() })
        var out = FrontMatter.objective(objective) + "\n# \(objective.title)\n\n"
        out += Prose.wrap(Prose.sentences(ObjectiveSentences.summary, 3, &rng, topic).joined(separator: " ")) + "\n\n## Why it matters\n\n"
        out += Prose.bullets(ObjectiveSentences.why, 2...3, &rng, topic) + "\n\n## Key results\n\n"
        out += "| Key result | Baseline | Target | Current |\n| --- | ---: | ---: | ---: |\n"
        for (n, kr) in objective.keyResults.enumerated() {
            let unit = kr.unit == "%" ? "%" : " \(kr.unit)"
            out += "| kr\(n + 1): \(kr.title) | \(Tenths.text(kr.baseline))\(unit) | \(Tenths.text(kr.target))\(unit) | \(Tenths.text(kr.current))\(unit) |\n"
        }
        return out
    }

    static let configPath = "roadmap.yml"
}
