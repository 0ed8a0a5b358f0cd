/// The kinds of block a PRD section starts with or grows by.
enum BlockKind: Sendable {
    case intro, problem, context, link, segments, sql, proposal, nested, code, options, proposalList
    case riskList, rollout, rolloutSteps, phases, design, alternative, analytics, stories, nonGoals, questions

    func make(_ rng: inout SplitMix64, _ topic: Topic) -> String {
        switch self {
        case .intro: Prose.paragraph(Sentences.intro, 2...3, &rng, topic)
        case .problem: Prose.paragraph(Sentences.problem, 2...5, &rng, topic)
        case .context: Prose.paragraph(Sentences.context, 2...4, &rng, topic)
        case .link: Prose.wrap(Prose.sentences(Sentences.context, rng.within(1...2), &rng, topic).joined(separator: " ")
                               + " " + Prose.externalLink(&rng, topic))
        case .segments: Snippets.table(.segments, &rng, topic)
        case .options: Snippets.table(.options, &rng, topic)
        case .phases: Snippets.table(.phases, &rng, topic)
        case .sql, .code: Snippets.code(&rng, topic)
        case .proposal: Prose.paragraph(Sentences.proposal, 2...5, &rng, topic)
        case .nested: Prose.nested(&rng, topic)
        case .proposalList: Prose.bullets(Sentences.proposal, 3...5, &rng, topic)
        case .riskList: Prose.bullets(Sentences.risk, 2...4, &rng, topic)
        case .rollout: Prose.paragraph(Sentences.rollout, 2...3, &rng, topic)
        case .rolloutSteps: Prose.numbered(Sentences.rollout, 3...5, &rng, topic)
        case .design: Prose.paragraph(DesignSentences.design, 2...4, &rng, topic)
        case .alternative: Prose.paragraph(DesignSentences.alternative, 2...3, &rng, topic)
        case .analytics: Prose.paragraph(DesignSentences.analytics, 1...2, &rng, topic) + "\n\n" + Snippets.code(&rng, topic)
        case .stories: Prose.bullets(Sentences.story, 2...4, &rng, topic)
        case .nonGoals: Prose.bullets(Sentences.nonGoal, 2...3, &rng, topic)
        case .questions: Prose.numbered(Sentences.question, 2...4, &rng, topic)
        }
    }
}
