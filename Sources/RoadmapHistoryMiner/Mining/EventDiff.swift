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
        var before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Set(new.map(\.id))
        let renames = renamedKeyResults(old, new)
        for kr in old where !after.contains(kr.id) && renames[kr.id] == nil { events.append(.keyResultRemoved(kr.id)) }
        for (from, to) in renames.sorted(by: { $0.key < $1.key }) {
            events.append(.keyResultRenamed(from: from, to: to))
            before[to] = before[from]
        }
        for kr in new {
            // A new key result's values are set from nothing, so its first check-in is recorded.
            let was = before[kr.id] ?? ItemSnapshot.KeyResultValues(id: kr.id)
            if before[kr.id] == nil { events.append(.keyResultAdded(kr.id)) }
            if was.target != kr.target, before[kr.id] != nil { events.append(.keyResultRetargeted(kr.id, from: was.target, to: kr.target)) }
            if was.current != kr.current { events.append(.keyResultProgressed(kr.id, from: was.current, to: kr.current)) }
            if was.confidence != kr.confidence { events.append(.keyResultConfidenceChanged(kr.id, from: was.confidence, to: kr.confidence)) }
            if was.note != kr.note { events.append(.keyResultNoteChanged(kr.id, from: was.note, to: kr.note)) }
        }
        return events
    }

    /// Key results whose id changed, old id -> new id. A key result is renamed when, in one
    /// commit, the id at one position of the list changes, the old id is gone, the new id is new,
    /// and the title is the same (and set): same place, same words, new name. Anything less
    /// certain is a removal and an addition, and the series starts again.
    static func renamedKeyResults(_ old: [ItemSnapshot.KeyResultValues], _ new: [ItemSnapshot.KeyResultValues]) -> [String: String] {
        let oldIDs = Set(old.map(\.id)), newIDs = Set(new.map(\.id))
        var renames: [String: String] = [:]
        for (was, now) in zip(old, new) where was.id != now.id && !newIDs.contains(was.id) && !oldIDs.contains(now.id) {
            if let title = was.title, title == now.title { renames[was.id] = now.id }
        }
        return renames
    }
}
