import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import RoadmapHistory

/// Turns one commit's file changes into item changes: pairs deleted and added files that are
/// the same item (same id, or similar content), then compares each pair's snapshots.
struct ChangeBuilder {
    /// One side of a file change, with what it says.
    struct Side {
        var path: String
        var blob: String
        var kind: ItemKind
        var snapshot: ItemSnapshot?
        var id: ItemID { snapshot?.id ?? FrontMatterSnapshot.fallbackID(path: path) }
    }

    let prdsFolder: String
    let okrsFolder: String

    /// Whether a root-relative path is a PRD, an objective, or neither.
    func kind(of path: String) -> ItemKind? {
        if path.hasPrefix(prdsFolder + "/") { return .feature }
        if path.hasPrefix(okrsFolder + "/") { return .objective }
        return nil
    }

    /// The file versions whose snapshots `build` needs.
    func keys(for commit: CommitChanges) -> [SnapshotTable.Key] {
        var keys: [SnapshotTable.Key] = []
        for change in commit.changes {
            if let path = change.oldPath, let blob = change.oldBlob, let kind = kind(of: path) {
                keys.append(.init(blob: blob, path: path, kind: kind))
            }
            if let path = change.newPath, let blob = change.newBlob, let kind = kind(of: path) {
                keys.append(.init(blob: blob, path: path, kind: kind))
            }
        }
        return keys
    }

    /// The item changes of `commit`. `pair` matches deleted with added files some other way
    /// (content similarity, known id changes), returning their paths; it is asked only about
    /// files that could not be paired by id.
    func build(_ commit: CommitChanges, index: Int, snapshots: SnapshotTable,
               pair: ([Side], [Side]) -> [(from: String, to: String)]) -> [ItemChange] {
        func side(_ path: String?, _ blob: String?) -> Side? {
            guard let path, let blob, let kind = kind(of: path) else { return nil }
            return Side(path: path, blob: blob, kind: kind, snapshot: snapshots[.init(blob: blob, path: path, kind: kind)])
        }
        var pairs: [(Side, Side)] = []
        var deleted: [Side] = [], added: [Side] = []
        for change in commit.changes {
            let old = side(change.oldPath, change.oldBlob), new = side(change.newPath, change.newBlob)
            switch (old, new) {
            case let (old?, new?) where old.kind == new.kind: pairs.append((old, new))
            default:
                if let old { deleted.append(old) }
                if let new { added.append(new) }
            }
        }
        // The same id deleted in one place and added in another is a move.
        for d in deleted.indices.reversed() {
            guard deleted[d].snapshot != nil,
                  let a = added.firstIndex(where: { $0.snapshot != nil && $0.kind == deleted[d].kind && $0.id == deleted[d].id })
            else { continue }
            pairs.append((deleted.remove(at: d), added.remove(at: a)))
        }
        if !deleted.isEmpty, !added.isEmpty {
            for (from, to) in pair(deleted, added) {
                guard let d = deleted.firstIndex(where: { $0.path == from }),
                      let a = added.firstIndex(where: { $0.path == to && $0.kind == deleted[d].kind }) else { continue }
                pairs.append((deleted.remove(at: d), added.remove(at: a)))
            }
        }
        var result = pairs.map { modified($0.0, $0.1, index: index) }
        result += deleted.map { ItemChange(commitIndex: index, kind: $0.kind, id: $0.id, path: $0.path, events: [.removed(path: $0.path)]) }
        result += added.map { new in
            ItemChange(commitIndex: index, kind: new.kind, id: new.id, path: new.path,
                       events: [.created(path: new.path)] + (new.snapshot.map { EventDiff.events(from: nil, to: $0) } ?? []))
        }
        return result.sorted { ($0.path, $0.id.rawValue) < ($1.path, $1.id.rawValue) }
    }

    private func modified(_ old: Side, _ new: Side, index: Int) -> ItemChange {
        var events: [HistoryEvent] = []
        if old.path != new.path { events.append(.moved(from: old.path, to: new.path)) }
        // An unreadable version keeps the id it had, so it does not break the item's thread.
        let newID = new.snapshot == nil ? old.id : new.id
        if old.id != newID { events.append(.idChanged(from: old.id, to: newID)) }
        if let after = new.snapshot { events += EventDiff.events(from: old.snapshot, to: after) }
        if events.isEmpty { events = [.edited] }
        return ItemChange(commitIndex: index, kind: new.kind, id: newID, path: new.path, events: events)
    }
}
