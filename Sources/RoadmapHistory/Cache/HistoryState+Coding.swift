import RoadmapCompiler
import RoadmapCore

extension HistoryState {
    func encode(into w: inout ByteWriter) {
        w.optionalString(head)
        w.int(commits.count)
        for commit in commits {
            w.string(commit.id)
            w.string(commit.authorName)
            w.string(commit.authorEmail)
            w.int(Int(commit.time))
            w.int(commit.offsetMinutes)
            w.string(commit.summary)
            w.byte(commit.isMerge ? 1 : 0)
        }
        w.int(changes.count)
        for change in changes {
            w.int(change.commitIndex)
            w.byte(change.kind.rawValue)
            w.string(change.id.rawValue)
            w.string(change.path)
            w.int(change.events.count)
            for event in change.events { event.encode(into: &w) }
        }
    }

    static func decode(_ r: inout ByteReader) throws(ByteReader.Corrupt) -> HistoryState {
        var state = HistoryState(head: try r.optionalString())
        let commitCount = try r.count()
        state.commits.reserveCapacity(commitCount)
        for _ in 0..<commitCount {
            state.commits.append(CommitInfo(
                id: try r.string(), authorName: try r.string(), authorEmail: try r.string(), time: Int64(try r.int()),
                offsetMinutes: try r.int(), summary: try r.string(), isMerge: try r.byte() == 1))
        }
        let changeCount = try r.count()
        state.changes.reserveCapacity(changeCount)
        for _ in 0..<changeCount {
            let index = try r.int()
            guard index >= 0, index < commitCount, let kind = ItemSnapshot.Kind(rawValue: try r.byte()) else { throw .init() }
            let id = try r.itemID(), path = try r.string()
            let eventCount = try r.count()
            var events: [HistoryEvent] = []
            events.reserveCapacity(eventCount)
            for _ in 0..<eventCount { events.append(try HistoryEvent.decode(&r)) }
            state.changes.append(ItemChange(commitIndex: index, kind: kind, id: id, path: path, events: events))
        }
        return state
    }
}
