/// A small, realistic roadmap with six months of history, for seeing the history features in one
/// command: weekly key-result check-ins (NPS, CSAT, retention, adoption, expansion revenue, time
/// to first value) by several people, PRD status moves, slipped due dates, and an objective that
/// is renamed (file moved, id changed, period moved) with its PRDs relinked in the same commit.
///
/// Everything is scripted or drawn from a fixed seed and dated from a fixed calendar, so every run
/// writes the same bytes and git gives the same commit ids.
public struct DemoRoadmap: Sendable {
    /// The first commit's day, a Monday.
    public static let firstDay = "2026-06-01"
    /// The last commit's week starts here; pin a build to it with `--today 2026-11-30`.
    public static let lastDay = "2026-11-30"
    static let weeks = 26

    public init() {}

    /// Every commit, oldest first.
    public func commits() -> [DemoCommit] {
        var play = DemoPlay()
        return play.run()
    }
}

/// Plays the script week by week, keeping only the current state of each file.
struct DemoPlay {
    var objectives = DemoCast.objectives()
    var prds = DemoCast.prds()
    var rng = SplitMix64(2026, 17)
    var commits: [DemoCommit] = []
    let start = Day(year: 2026, month: 6, day: 1)

    /// How each key result moves: NPS and adoption fall short, the rest get there.
    let paths: [String: DemoKeyResultPath] = [
        "nps": DemoKeyResultPath(pace: 0.7, noise: 2, step: 1),
        "csat": DemoKeyResultPath(pace: 1.05, noise: 0.8, step: 0.1),
        "retention": DemoKeyResultPath(pace: 0.9, noise: 0.4, step: 0.1),
        "adoption": DemoKeyResultPath(pace: 0.45, noise: 1.2, step: 0.1, firstWeek: 2),
        "expansion": DemoKeyResultPath(pace: 0.85, noise: 9000, step: 500, firstWeek: 3),
        "ttfv": DemoKeyResultPath(pace: 1.0, noise: 0.3, step: 0.1),
    ]

    mutating func run() -> [DemoCommit] {
        commit(week: 0, day: 0, hour: 9, .maya, "Add the roadmap and the H2 2026 objectives\n\nPlanning cycle H2 2026.\n",
               [("roadmap.yml", DemoCast.config)] + objectives.map { ($0.path, $0.file) })
        let growth = prds.indices.filter { ["growth", "insights"].contains(prds[$0].team) }
        let others = prds.indices.filter { !growth.contains($0) }
        commit(week: 0, day: 1, hour: 10, .jonas, "Add growth and insights PRDs", growth.map { (prds[$0].path, prds[$0].file) })
        commit(week: 0, day: 2, hour: 11, .luis, "Add platform, support and billing PRDs", others.map { (prds[$0].path, prds[$0].file) })
        for week in 1...DemoRoadmap.weeks {
            checkIns(week: week)
            for event in DemoScript.events where event.week == week { apply(event, week: week) }
        }
        return commits
    }

    /// One commit per objective, on Monday or Tuesday, by its owner or the analyst; a key result
    /// misses a week now and then, and some check-ins carry a confidence and a note.
    private mutating func checkIns(week: Int) {
        for index in objectives.indices {
            var moved: [String] = []
            for k in objectives[index].keyResults.indices {
                var kr = objectives[index].keyResults[k]
                guard let path = paths[kr.id], week >= path.firstWeek else { continue }
                let skip = rng.chance(12) && kr.current != nil && DemoScript.confidence[kr.id]?[week] == nil
                let value = path.value(kr, week: week, of: DemoRoadmap.weeks, rng: &rng)
                guard !skip else { continue }
                kr.current = value
                if let (confidence, note) = DemoScript.confidence[kr.id]?[week] {
                    kr.confidence = confidence
                    kr.note = note
                }
                objectives[index].keyResults[k] = kr
                moved.append(kr.id)
            }
            guard !moved.isEmpty else { continue }
            let objective = objectives[index]
            let author: DemoPerson = rng.chance(40) ? .sam : DemoScript.person(objective.owner)
            commit(week: week, day: 0, hour: 9 + 2 * index, author,
                   "Check in on \(objective.id): \(moved.joined(separator: ", "))", [(objective.path, objective.file)])
        }
    }

    private mutating func apply(_ event: DemoScript.Event, week: Int) {
        switch event.change {
        case .status(let id, let status):
            guard let i = prds.firstIndex(where: { $0.id == id }) else { return }
            prds[i].status = status
            commit(week: week, day: 2, hour: 10, DemoScript.person(prds[i].owner), "Move \(id) to \(status)", [(prds[i].path, prds[i].file)])
        case .slip(let id, let days, let why):
            guard let i = prds.firstIndex(where: { $0.id == id }) else { return }
            prds[i].due = prds[i].due.adding(days: days)
            commit(week: week, day: 3, hour: 15, DemoScript.person(prds[i].owner),
                   "Slip \(id) to \(prds[i].due.iso)\n\n\(why)\n", [(prds[i].path, prds[i].file)])
        case .renameObjective(let from, let to, let title, let period):
            guard let o = objectives.firstIndex(where: { $0.id == from }) else { return }
            let oldPath = objectives[o].path
            objectives[o].id = to
            objectives[o].title = title
            objectives[o].period = period
            var files: [(String, String?)] = [(oldPath, nil), (objectives[o].path, objectives[o].file)]
            for i in prds.indices where prds[i].okrs.contains(where: { $0.hasPrefix(from + "/") }) {
                prds[i].okrs = prds[i].okrs.map { $0.hasPrefix(from + "/") ? to + $0.dropFirst(from.count) : $0 }
                files.append((prds[i].path, prds[i].file))
            }
            commit(week: week, day: 1, hour: 16, .maya,
                   "Rename objective \(from) to \(to) and move it to \(period)\n\nOnboarding is the focus of Q4 too; the new name says what we measure.\n", files)
        }
    }

    /// Appends a commit `day` days into `week`, at `hour` plus a few drawn minutes.
    private mutating func commit(week: Int, day: Int, hour: Int, _ author: DemoPerson, _ message: String,
                                 _ files: [(String, String?)]) {
        let date = start.adding(days: week * 7 + day)
        var time = date.ordinal * 86_400 + hour * 3600 + rng.within(0...50) * 60 + rng.within(0...59)
        if let last = commits.last, time <= last.time { time = last.time + 60 }
        commits.append(DemoCommit(message: message, author: author, time: time, files: files.map { (path: $0.0, contents: $0.1) }))
    }
}
