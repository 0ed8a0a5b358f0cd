/// Everything the corpus contains at one moment: the state rendering turns into files.
struct World: Sendable {
    var objectives: [ObjectiveState]
    var prds: [PRDState]
    let teams: Int
    let shape: HistoryShape
    /// Key results in round-robin order: PRD `i` moves `keyResultOrder[i]` first.
    let keyResultOrder: [PRDState.OKRLink]

    /// Draws every objective and PRD. With `evolving`, PRDs start early in the workflow because
    /// the history moves them along; without it, statuses follow a mature roadmap's mix.
    init(spec: CorpusSpec, evolving: Bool) {
        var registry = IDRegistry()
        teams = spec.teams
        shape = spec.shape
        let objectives = (0..<spec.objectives).map { ObjectivePlanner.make($0, seed: spec.seed, registry: &registry) }
        self.objectives = objectives
        keyResultOrder = objectives.indices.flatMap { o in
            objectives[o].keyResults.indices.map { PRDState.OKRLink(objective: o, keyResult: $0) }
        }
        prds = []
        prds.reserveCapacity(spec.prds)
        for index in 0..<spec.prds {
            prds.append(PRDPlanner.make(index, seed: spec.seed, evolving: evolving, world: self, registry: &registry))
        }
    }

    /// The text of an `okrs` entry.
    func reference(_ link: PRDState.OKRLink) -> String {
        let objective = objectives[link.objective]
        guard let kr = link.keyResult else { return objective.id }
        return "\(objective.id)/kr\(kr + 1)"
    }

    /// A random objective or key result, for extra links.
    func randomLink(_ rng: inout SplitMix64) -> PRDState.OKRLink? {
        guard !objectives.isEmpty else { return nil }
        let objective = rng.below(objectives.count)
        let krs = objectives[objective].keyResults.count
        return rng.chance(30) || krs == 0 ? .init(objective: objective) : .init(objective: objective, keyResult: rng.below(krs))
    }
}
