import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import RoadmapHistory

/// Compares the roadmap at two revisions without compiling either: one comparison of the two
/// trees finds the files that differ, and only those are read (each version once). Items are
/// matched by id; an id changed in between is followed through the commits of the range.
public struct RoadmapDiffer: Sendable {
    public let walker: HistoryWalker
    /// The settings whose folders are compared and whose statuses mean shipped or dropped.
    public let config: RoadmapConfig

    /// A differ for the roadmap at `location`; throws when it is not in a git repository.
    public init(location: RoadmapLocation, config: RoadmapConfig) throws(SourceError) {
        guard let repository = location.repository else { throw SourceError("\(location.root) is not inside a git repository") }
        walker = try HistoryWalker(repository: repository, rootPrefix: location.pathInRepository,
                                   folders: [config.prdsFolder, config.okrsFolder])
        self.config = config
    }

    /// What changed from revision `old` to revision `new` (anything git understands).
    public func diff(from old: String, to new: String) throws(SourceError) -> RoadmapDiff {
        let from = try walker.commit(try walker.resolve(old)), to = try walker.commit(try walker.resolve(new))
        let files = try walker.changes(from: from.id, to: to.id)
        let builder = ChangeBuilder(prdsFolder: config.prdsFolder, okrsFolder: config.okrsFolder)
        let commit = CommitChanges(commit: to, changes: files)
        var snapshots = SnapshotTable()
        snapshots.load(builder.keys(for: commit), from: walker.repository)
        var rangeError: SourceError?
        let changes = builder.build(commit, index: 0, snapshots: snapshots) { deleted, added in
            do throws(SourceError) {
                return try Self.linkedByHistory(deleted, added, from: from.id, to: to.id, walker: walker, config: config)
            } catch {
                rangeError = error
                return []
            }
        }
        if let rangeError { throw rangeError }
        let titles = Self.titles(files, builder: builder, snapshots: snapshots)
        let shipped = config.statuses.contains("shipped") ? "shipped" : config.doneStatuses.first
        var entries: [RoadmapDiff.Entry] = []
        var unchanged = 0
        for change in changes {
            let events = change.events.filter { if case .moved = $0 { false } else if case .edited = $0 { false } else { true } }
            guard !events.isEmpty else { unchanged += 1; continue }
            let kind: RoadmapDiff.Entry.Change = events.contains { if case .created = $0 { true } else { false } } ? .added
                : events.contains { if case .removed = $0 { true } else { false } } ? .removed : .changed
            var entry = RoadmapDiff.Entry(kind: change.kind, id: change.id, title: titles[change.id], path: change.path,
                                          change: kind, events: events)
            for case .statusChanged(_, let to?) in events where kind == .changed {
                entry.shipped = to == shipped
                entry.dropped = to != shipped && config.doneStatuses.contains(to)
            }
            entries.append(entry)
        }
        entries.sort { ($0.kind, $0.id) < ($1.kind, $1.id) }
        return RoadmapDiff(from: CommitInfo(from), to: CommitInfo(to), entries: entries, unchangedPlans: unchanged)
    }

    /// Deleted and added files that are one item whose id changed between the two ends, as the
    /// commits in between tell (mined without a cache: only the range is read). Content
    /// similarity is not used here: across many commits it pairs unrelated short files.
    private static func linkedByHistory(_ deleted: [ChangeBuilder.Side], _ added: [ChangeBuilder.Side], from: String, to: String,
                                        walker: HistoryWalker, config: RoadmapConfig) throws(SourceError) -> [(from: String, to: String)] {
        let fresh = try walker.changes(head: to, excluding: [from])
        let builder = ChangeBuilder(prdsFolder: config.prdsFolder, okrsFolder: config.okrsFolder)
        let state = try HistoryStateMerge.appending(fresh, to: HistoryState(), walker: walker, builder: builder)
        let history = RoadmapHistory(head: to, commits: state.commits, changes: state.changes, isShallow: false, config: config)
        var pairs: [(from: String, to: String)] = []
        var taken = Set<String>()
        for old in deleted {
            guard let item = history.item(old.id),
                  let new = added.first(where: { !taken.contains($0.path) && $0.kind == old.kind && history.item($0.id)?.id == item.id })
            else { continue }
            taken.insert(new.path)
            pairs.append((old.path, new.path))
        }
        return pairs
    }

    /// Each item's title, from its newer version when it has one.
    private static func titles(_ files: [BlobChange], builder: ChangeBuilder, snapshots: SnapshotTable) -> [ItemID: String] {
        var titles: [ItemID: String] = [:]
        for file in files {
            for (path, blob) in [(file.oldPath, file.oldBlob), (file.newPath, file.newBlob)] {
                guard let path, let blob, let kind = builder.kind(of: path),
                      let snapshot = snapshots[.init(blob: blob, path: path, kind: kind)], let title = snapshot.title else { continue }
                titles[snapshot.id] = title
            }
        }
        return titles
    }
}
