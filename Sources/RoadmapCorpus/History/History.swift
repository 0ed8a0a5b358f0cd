/// Plays the roadmap's history commit by commit: config and objectives, then PRDs in batches,
/// then edits. Only the current state is kept, never a snapshot per commit.
struct History {
    /// 2025-01-06 00:00:00 +0000, a Monday.
    static let startTime = 1_736_121_600

    var world: World
    let total: Int
    let addCommits: Int
    var rng: SplitMix64
    private var number = 0
    private var time = History.startTime

    init(spec: CorpusSpec) {
        world = World(spec: spec, evolving: spec.commits > 1)
        total = max(1, spec.commits)
        addCommits = total == 1 || spec.prds == 0 ? 0 : max(1, min(spec.prds, (total - 1) / 10))
        rng = SplitMix64(spec.seed, 5)
    }

    /// The next commit after applying its edits to `world`, or nil after the last one.
    mutating func step() -> Commit? {
        guard number < total else { return nil }
        number += 1
        if number > 1 { time += rng.within(300...7200) }
        let everyObjective = world.objectives.indices.map { Commit.Change.objective($0) }
        if total == 1 {
            let prds = world.prds.indices.map { Commit.Change.prd($0) }
            return Commit(message: "Import roadmap", author: 0, time: time, changes: [.config] + everyObjective + prds)
        }
        if number == 1 {
            return Commit(message: "Add roadmap config and \(world.objectives.count) objectives\n\nPlanning cycle 2026.\n",
                          author: world.objectives.first.map { _ in 5 } ?? 0, time: time, changes: [.config] + everyObjective)
        }
        if number - 1 <= addCommits { return addBatch(number - 2) }
        return edit(time: time)
    }

    private func addBatch(_ batch: Int) -> Commit {
        let count = world.prds.count
        let range = (batch * count / addCommits)..<((batch + 1) * count / addCommits)
        let ids = range.map { world.prds[$0].id }
        let named = ids.prefix(3).joined(separator: ", ") + (ids.count > 3 ? " and \(ids.count - 3) more" : "")
        let message = ids.count == 1 ? "Add PRD \(named)" : "Add \(ids.count) PRDs: \(named)"
        let author = range.first.map { world.prds[$0].owner } ?? 0
        return Commit(message: message, author: author, time: time, changes: range.map { .prd($0) })
    }
}
