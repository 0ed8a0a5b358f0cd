/// The edits of the later history: a few PRD changes per commit, or a key-result check-in.
extension History {
    mutating func edit(time: Int) -> Commit {
        if world.prds.isEmpty || (!world.objectives.isEmpty && rng.chance(5)) { return checkIn(time: time) }
        var changes: [Commit.Change] = []
        var messages: [String] = []
        var touched: [Int] = []
        for _ in 0..<(1 + rng.weighted([80, 15, 5])) {
            let index = rng.below(world.prds.count)
            guard !touched.contains(index) else { continue }
            touched.append(index)
            let before = world.prds[index].path
            messages.append(editPRD(index))
            let after = world.prds[index].path
            if before != after { changes.append(.delete(before)) }
            changes.append(.prd(index))
        }
        let author = rng.chance(70) ? world.prds[touched[0]].owner : rng.below(world.teams * 37 + 6)
        let message = messages.count == 1 ? messages[0]
            : "Roadmap sync: \(messages.count) updates\n\n" + messages.map { "- \($0)" }.joined(separator: "\n") + "\n"
        return Commit(message: message, author: author, time: time, changes: changes)
    }

    /// Applies one edit to the PRD and returns its commit message line.
    private mutating func editPRD(_ index: Int) -> String {
        let prd = world.prds[index]
        switch rng.weighted([35, 15, 12, 25, 4, 6, 3]) {
        case 0 where !prd.status.isDone: return advance(index)
        case 1 where !prd.status.isDone: if let message = slip(index) { return message }
        case 2 where !world.objectives.isEmpty: return relink(index)
        case 4 where PRDState.isMovable(index) && world.teams > 1:
            let team = (prd.team + 1 + rng.below(world.teams - 1)) % world.teams
            world.prds[index].team = team
            return "Move \(prd.id) from \(Names.team(prd.team)) to \(Names.team(team))"
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
