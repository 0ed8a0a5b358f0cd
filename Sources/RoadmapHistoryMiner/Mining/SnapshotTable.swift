import Foundation
import RoadmapCompiler
import RoadmapSources
import RoadmapHistory

/// The snapshot of every file version a set of commits touched, each distinct version read and
/// parsed once, on all cores. Each worker reads a contiguous run of versions in history order
/// with its own reader, so delta chains in the packs are followed one step at a time.
struct SnapshotTable {
    /// One file version: a blob seen at a path, as a PRD or an objective.
    struct Key: Hashable, Sendable {
        var blob: String
        var path: String
        var kind: ItemKind
    }

    private(set) var snapshots: [Key: ItemSnapshot?] = [:]

    subscript(_ key: Key) -> ItemSnapshot? { snapshots[key] ?? nil }

    /// Reads every key not read yet. A blob that cannot be read has no snapshot, like a file the
    /// compiler cannot read.
    mutating func load(_ keys: [Key], from repository: GitRepository, workers: Int? = nil) {
        var seen = Set(snapshots.keys)
        var fresh = keys.filter { seen.insert($0).inserted }
        guard !fresh.isEmpty else { return }
        let threads = max(1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, fresh.count / 16))
        // More runs than threads, taken as threads free up: some runs (old versions scattered
        // through the packs) cost far more than others.
        let runs = threads == 1 ? 1 : min(threads * 4, fresh.count / 16)
        let readers = try? BlobReader.group(runs, repository: repository)
        if let order = readers?.first?.readingOrder(fresh.map(\.blob)) { fresh = order.map { fresh[$0] } }
        let wanted = fresh
        let read = ParallelMap.map(count: runs) { run in
            let reader = readers?[run]
            return ((wanted.count * run / runs)..<(wanted.count * (run + 1) / runs)).map { i -> ItemSnapshot? in
                let key = wanted[i]
                let bytes = (try? reader?.blob(key.blob)) ?? (try? repository.blob(key.blob))
                return bytes.flatMap { FrontMatterSnapshot.read($0, path: key.path, kind: key.kind) }
            }
        }.joined()
        for (key, snapshot) in zip(wanted, read) { snapshots[key] = snapshot }
    }
}
