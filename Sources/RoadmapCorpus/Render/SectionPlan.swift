/// One H2 section of a PRD body: its first block and the pool it may grow from.
struct SectionPlan {
    var heading: String
    /// Seeds the first block; ids 0 to 5 are the blocks body edits rewrite.
    var firstBlock: Int
    var first: BlockKind
    /// Each growth step takes one kind out of the pool, so the pool also caps repeats.
    var growth: [BlockKind]
    /// How often this section is chosen to grow relative to the others.
    var weight: Int
    var blocks: [String] = []

    /// The sections of one PRD, in order, drawn from `layout`. `target` is the body size goal,
    /// so long bodies get the long sections.
    static func layout(_ layout: inout SplitMix64, target: Int) -> [SectionPlan] {
        var plans = [SectionPlan(heading: "Problem", firstBlock: 1, first: .problem,
                                 growth: [.problem, .problem, .problem, .link, .segments, .sql], weight: 3)]
        if layout.chance(40) {
            plans.append(SectionPlan(heading: "Background", firstBlock: 6, first: .context, growth: [.context, .link, .context], weight: 2))
        }
        plans.append(SectionPlan(heading: "Proposal", firstBlock: 2, first: .proposal,
                                 growth: [.proposal, .proposal, .proposal, .nested, .code, .proposalList, .options], weight: 5))
        if target > 4500 || layout.chance(15) {
            plans.append(SectionPlan(heading: "Technical design", firstBlock: 10, first: .design,
                                     growth: [.design, .design, .code, .code, .nested, .design], weight: 4))
        }
        if target > 6000 || layout.chance(10) {
            plans.append(SectionPlan(heading: "Alternatives considered", firstBlock: 11, first: .options,
                                     growth: [.alternative, .alternative], weight: 2))
        }
        if layout.chance(30) { plans.append(SectionPlan(heading: "User stories", firstBlock: 7, first: .stories, growth: [], weight: 0)) }
        if layout.chance(25) { plans.append(SectionPlan(heading: "Non-goals", firstBlock: 8, first: .nonGoals, growth: [], weight: 0)) }
        plans.append(SectionPlan(heading: "Success metrics", firstBlock: 3, first: .analytics, growth: [.analytics], weight: 1))
        plans.append(SectionPlan(heading: "Risks", firstBlock: 4, first: .riskList, growth: [.context, .riskList], weight: 2))
        let tableFirst = layout.chance(25)
        plans.append(SectionPlan(heading: "Rollout", firstBlock: 5, first: tableFirst ? .phases : .rolloutSteps,
                                 growth: tableFirst ? [.rollout, .rolloutSteps] : [.rollout, .phases], weight: 1))
        if layout.chance(35) { plans.append(SectionPlan(heading: "Open questions", firstBlock: 9, first: .questions, growth: [], weight: 0)) }
        return plans
    }
}
