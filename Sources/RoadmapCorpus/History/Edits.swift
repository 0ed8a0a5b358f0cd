/// The edits of the later history: a few PRD changes per commit, or a key-result check-in.
extension History {
    mutating func edit(time: Int) -> Commit {
        if world.prds.isEmpty || (!world.objectives.isEmpty && rng.chance(5)) { return checkIn(time: time) }
        var changes: [Commit.Change] = []
        var messages: [String] = []
        var touched: [Int] = []
        // A large commit's PRDs are drawn distinct up front; other commits draw as they always did.
        let bulk = world.shape == .largeCommits
            ? rng.distinct(min(world.prds.count, rng.within(100...400)), below: world.prds.count) : []
        for n in 0..<(bulk.isEmpty ? editCount() : bulk.count) {
            let index = bulk.isEmpty ? pickPRD() : bulk[n]
            guard !touched.contains(index) else { continue }
            touched.append(index)
            let before = world.prds[index].path
            messages.append(world.shape == .renames && PRDState.isMovable(index) && world.teams > 1 && rng.chance(90)
                            ? move(index) : editPRD(index))
            let after = world.prds[index].path
            if before != after { changes.append(.delete(before)) }
            changes.append(.prd(index))
        }
        let author = rng.chance(70) ? world.prds[touched[0]].owner : rng.below(world.teams * 37 + 6)
        let message = messages.count == 1 ? messages[0]
            : "Roadmap sync: \(messages.count) updates\n\n" + messages.map { "- \($0)" }.joined(separator: "\n") + "\n"
        return Commit(message: message, author: author, time: time, changes: changes)
    }

    /// How many PRDs the next commit edits.
    private mutating func editCount() -> Int {
        switch world.shape {
        case .smallCommits: 1
        default: 1 + rng.weighted([80, 15, 5])
        }
    }

    /// The PRD to edit next: any, or for `.deepEdits` one of the few long-lived ones, or for
    /// `.renames` a movable one half of the time.
    private mutating func pickPRD() -> Int {
        let count = world.prds.count
        switch world.shape {
        case .deepEdits:
            let hot = max(1, count / 50)
            return rng.below(hot) * (count / hot)
        case .renames where count > 3 && rng.chance(50):
            return min(count - 1, 7 * rng.below(max(1, (count - 3) / 7 + 1)) + 3)
        default:
            return rng.below(count)
        }
    }

    /// Moves a movable PRD's file to another team's folder.
    private mutating func move(_ index: Int) -> String {
        let prd = world.prds[index]
        let team = (prd.team + 1 + rng.below(world.teams - 1)) % world.teams
        world.prds[index].team = team
        return "Move \(prd.id) from \(Names.team(prd.team)) to \(Names.team(team))"
    }

    /// Applies one edit to the PRD and returns its commit message line.
    private mutating func editPRD(_ index: Int) -> String {
        let prd = world.prds[index]
        switch rng.weighted([35, 15, 12, 25, 4, 6, 3]) {
        case 0 where !prd.status.isDone: return advance(index)
        case 1 where !prd.status.isDone: if let message = slip(index) { return message }
        case 2 where !world.objectives.isEmpty: return relink(index)
        case 4 where PRDState.isMovable(index) && world.teams > 1:
            return move(index)
        case 5:
            let rice = PRDPlanner.rice(&rng)
            world.prds[index].rice = rice
            return "Re-score \(prd.id)"
        case 6:
            let tags = rng.distinct(rng.within(1...3), below: Names.tags.count).map { Names.tags[$0] }
            world.prds[index].tags = tags
            return "Retag \(prd.id)"
        default: break
        }
        world.prds[index].revision += 1
        let what = rng.pick(["Clarify the problem statement of", "Update the rollout plan for",
                             "Address review comments on", "Tighten success metrics of", "Rewrite the proposal of"])
        return "\(what) \(prd.id)"
    }

    private mutating func advance(_ index: Int) -> String {
        let prd = world.prds[index]
        let next: Status = rng.chance(8) ? .dropped : (prd.status.next ?? .shipped)
        world.prds[index].status = next
        return next == .dropped ? "Drop \(prd.id)" : "Move \(prd.id) to \(next.name)"
    }

    /// Mostly later (a slip), sometimes earlier; start and due move with the quarter.
    private mutating func slip(_ index: Int) -> String? {
        let prd = world.prds[index]
        let later = rng.chance(80)
        if let quarter = prd.quarter {
            let moved = QuarterIndex(value: quarter.value + (later ? 1 : -1))
            let shift = moved.firstDay.ordinal - quarter.firstDay.ordinal
            world.prds[index].quarter = moved
            world.prds[index].start = prd.start?.adding(days: shift)
            world.prds[index].due = prd.due?.adding(days: shift)
            return later ? "Slip \(prd.id) to \(moved.text)" : "Pull \(prd.id) into \(moved.text)"
        }
        if let due = prd.due {
            let days = later ? rng.within(7...45) : -rng.within(7...21)
            let moved = max(due.adding(days: days), prd.start ?? due.adding(days: days))
            world.prds[index].due = moved
            return "Move due date of \(prd.id) to \(moved.iso)"
        }
        guard let horizon = prd.horizon else { return nil }
        let moved = PRDState.Horizon(rawValue: horizon.rawValue + (later ? 1 : -1))
        guard let moved else { return nil }
        world.prds[index].horizon = moved
        return "Move \(prd.id) to \(["now", "next", "later"][moved.rawValue])"
    }

    /// Links one more OKR, or unlinks an extra one; the first link always stays.
    private mutating func relink(_ index: Int) -> String {
        let prd = world.prds[index]
        if prd.okrs.count > 1 && (prd.okrs.count >= 4 || rng.chance(40)) {
            let drop = 1 + rng.below(prd.okrs.count - 1)
            world.prds[index].okrs.remove(at: drop)
            return "Unlink \(prd.id) from \(world.reference(prd.okrs[drop]))"
        }
        guard let link = world.randomLink(&rng), !prd.okrs.contains(link) else {
            world.prds[index].revision += 1
            return "Reword \(prd.id)"
        }
        world.prds[index].okrs.append(link)
        return "Link \(prd.id) to \(world.reference(link))"
    }

    private mutating func checkIn(time: Int) -> Commit {
        guard !world.objectives.isEmpty else { return Commit(message: "Roadmap sync", author: 0, time: time, changes: []) }
        let index = rng.below(world.objectives.count)
        let count = world.objectives[index].keyResults.count
        for kr in rng.distinct(rng.within(1...max(1, count)), below: count) {
            ObjectivePlanner.checkIn(&world.objectives[index].keyResults[kr], &rng)
        }
        let objective = world.objectives[index]
        return Commit(message: "Check in on \(objective.id)", author: rng.below(120) * 5, time: time, changes: [.objective(index)])
    }
}
