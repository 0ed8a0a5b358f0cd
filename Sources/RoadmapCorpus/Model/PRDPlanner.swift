/// Draws one PRD's front matter and body parameters.
enum PRDPlanner {
    static let matureStatuses = [14, 14, 20, 18, 26, 8]
    static let newStatuses = [36, 26, 20, 12, 5, 1]
    static let reaches = [200, 500, 1000, 2500, 5000, 10000, 25000, 40000, 80000, 150000]
    static let confidences = [50, 60, 70, 80, 90, 100]
    static let efforts = [5, 10, 20, 30, 50, 80, 130]

    static func make(_ index: Int, seed: UInt64, evolving: Bool, world: World, registry: inout IDRegistry) -> PRDState {
        var rng = SplitMix64(seed, 2, UInt64(index))
        let feature = rng.pick(ProductWords.features)
        let persona = rng.pick(ProductWords.personas)
        let qualifier = rng.pick(ProductWords.qualifiers)
        let title = rng.chance(35) ? "\(qualifier) \(feature) for \(persona)" : "\(qualifier) \(feature)"
        let team = rng.below(world.teams)
        let status = Status(rawValue: rng.weighted(evolving ? newStatuses : matureStatuses)) ?? .idea
        var prd = PRDState(
            index: index, id: registry.claim(title), title: title.capitalizedFirst, feature: feature, persona: persona,
            team: team, status: status, owner: team * 37 + rng.below(6),
            okrs: okrs(index, world, &rng), dependsOn: dependencies(index, &rng), rice: rice(&rng),
            keepsRiceWhenDone: rng.chance(70), tags: rng.distinct(rng.weighted([30, 35, 25, 10]), below: Names.tags.count).map { Names.tags[$0] },
            bodySeed: SplitMix64.mix([seed, 3, UInt64(index)]), bodyTarget: world.shape == .largeBodies ? largeBodyTarget(&rng) : bodyTarget(&rng), revision: 0,
            links: links(index, &rng))
        schedule(&prd, &rng)
        return prd
    }

    /// The round-robin key result first, then up to two random extras.
    static func okrs(_ index: Int, _ world: World, _ rng: inout SplitMix64) -> [PRDState.OKRLink] {
        guard let first = index < world.keyResultOrder.count ? world.keyResultOrder[index] : world.randomLink(&rng) else { return [] }
        var links = [first]
        for _ in 0..<rng.weighted([55, 30, 15]) {
            if let extra = world.randomLink(&rng), !links.contains(extra) { links.append(extra) }
        }
        return links
    }

    /// Only lower indices, so the dependency graph has no cycle and history adds targets first.
    static func dependencies(_ index: Int, _ rng: inout SplitMix64) -> [Int] {
        guard index > 0, rng.chance(35) else { return [] }
        let window = min(index, 300)
        return rng.distinct(rng.within(1...3), below: window).map { index - 1 - $0 }
    }

    /// Lower-index PRDs that never move, so relative links stay valid through the history.
    static func links(_ index: Int, _ rng: inout SplitMix64) -> [Int] {
        guard index > 0, rng.chance(40) else { return [] }
        let window = min(index, 500)
        return rng.distinct(rng.within(1...2), below: window).map { index - 1 - $0 }.filter { !PRDState.isMovable($0) }
    }

    static func rice(_ rng: inout SplitMix64) -> PRDState.RICEState {
        .init(reach: rng.pick(reaches) * rng.within(8...12) / 10, impact: rng.weighted([10, 25, 35, 20, 10]),
              confidence: rng.pick(confidences), confidenceAsFraction: rng.chance(20), effort: rng.pick(efforts))
    }

    /// 1.1 to 8.1 KB, skewed small: a min of two uniforms most of the time averages near 4 KB
    /// before the last block's overshoot.
    static func bodyTarget(_ rng: inout SplitMix64) -> Int {
        let span = 7000
        let draw = rng.chance(70) ? min(rng.below(span), rng.below(span)) : rng.below(span)
        return 1100 + draw
    }

    /// 50 to 100 KB, for the `.largeBodies` shape.
    static func largeBodyTarget(_ rng: inout SplitMix64) -> Int { rng.within(50_000...100_000) }

    /// A quarter (with dates inside it most of the time) or a horizon.
    static func schedule(_ prd: inout PRDState, _ rng: inout SplitMix64) {
        if rng.chance(75) {
            let quarter = QuarterIndex(value: QuarterIndex(year: 2025, number: 4).value + rng.below(6))
            prd.quarter = quarter
            switch rng.weighted([55, 15, 30]) {
            case 0:
                let start = quarter.firstDay.adding(days: rng.within(0...45))
                prd.start = start
                prd.due = start.adding(days: rng.within(14...120))
            case 1: prd.due = quarter.firstDay.adding(days: rng.within(20...89))
            default: break
            }
        } else {
            prd.horizon = PRDState.Horizon(rawValue: rng.weighted([40, 35, 25])) ?? .later
            if rng.chance(25) { prd.due = Day(year: 2026, month: 1, day: 1).adding(days: rng.within(0...540)) }
        }
    }
}
