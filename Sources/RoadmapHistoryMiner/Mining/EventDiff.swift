import RoadmapCompiler
import RoadmapCore
import RoadmapHistory

/// The events between two versions of an item, in the order fields appear in a file.
enum EventDiff {
    /// What changed from `old` to `new`. With `old` nil (a new or previously unreadable file)
    /// every value that is set is reported as set from nothing, which records the starting state.
    static func events(from old: ItemSnapshot?, to new: ItemSnapshot) -> [HistoryEvent] {
        var events: [HistoryEvent] = []
        if let old, old.title != new.title { events.append(.titleChanged(from: old.title, to: new.title)) }
        if old?.status != new.status { events.append(.statusChanged(from: old?.status, to: new.status)) }
        if old?.quarter != new.quarter { events.append(.quarterMoved(from: old?.quarter, to: new.quarter)) }
        if old?.horizon != new.horizon { events.append(.horizonMoved(from: old?.horizon, to: new.horizon)) }
        if old?.start != new.start { events.append(.startMoved(from: old?.start, to: new.start)) }
        if old?.due != new.due { events.append(.dueMoved(from: old?.due, to: new.due)) }
        let before = old?.okrs ?? []
        for link in before where !new.okrs.contains(link) { events.append(.okrUnlinked(link)) }
        for link in new.okrs where !before.contains(link) { events.append(.okrLinked(link)) }
        if old?.riceScore != new.riceScore { events.append(.riceChanged(from: old?.riceScore, to: new.riceScore)) }
        events += keyResultEvents(old?.keyResults ?? [], new.keyResults)
        return events
    }

    private static func keyResultEvents(_ old: [ItemSnapshot.KeyResultValues], _ new: [ItemSnapshot.KeyResultValues]) -> [HistoryEvent] {
        var events: [HistoryEvent] = []
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Set(new.map(\.id))
        for kr in old where !after.contains(kr.id) { events.append(.keyResultRemoved(kr.id)) }
        for kr in new {
            guard let was = before[kr.id] else {
                events.append(.keyResultAdded(kr.id))
                continue
            }
            if was.target != kr.target { events.append(.keyResultRetargeted(kr.id, from: was.target, to: kr.target)) }
            if was.current != kr.current { events.append(.keyResultProgressed(kr.id, from: was.current, to: kr.current)) }
        }
        return events
    }
}
