import RoadmapCompiler
import RoadmapCore
import RoadmapHistory

extension HistoryState {
    func encode(into w: inout BinaryWriter) {
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
            w.byte(change.kind == .feature ? 0 : 1)
            w.string(change.id.rawValue)
            w.string(change.path)
            w.int(change.events.count)
            for event in change.events { event.encode(into: &w) }
        }
    }

    /// Reads a segment's commits and changes and appends them to this state (its commits
    /// numbered after the ones already here); the segment's head becomes the head.
    mutating func decodeAppending(_ r: inout BinaryReader) throws(BinaryReader.Corrupt) {
        head = try r.optionalString()
        let offset = commits.count
        let commitCount = try r.count()
        commits.reserveCapacity(offset + commitCount)
        for _ in 0..<commitCount {
            commits.append(CommitInfo(
                id: try r.string(), authorName: try r.string(), authorEmail: try r.string(), time: Int64(try r.int()),
                offsetMinutes: try r.int(), summary: try r.string(), isMerge: try r.byte() == 1))
        }
        let changeCount = try r.count()
        changes.reserveCapacity(changes.count + changeCount)
        for _ in 0..<changeCount {
            let index = try r.int()
            guard index >= 0, index < commitCount, let kind = Self.kind(try r.byte()) else { throw .init() }
            let id = try r.itemID(), path = try r.string()
            let eventCount = try r.count()
            var events: [HistoryEvent] = []
            events.reserveCapacity(eventCount)
            for _ in 0..<eventCount { events.append(try HistoryEvent.decode(&r)) }
            changes.append(ItemChange(commitIndex: offset + index, kind: kind, id: id, path: path, events: events))
        }
    }

    /// The kind stored as 0 (PRD) or 1 (objective); nil for any other byte.
    private static func kind(_ code: UInt8) -> ItemKind? {
        code == 0 ? .feature : code == 1 ? .objective : nil
    }
}
