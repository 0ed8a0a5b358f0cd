import CGit2
import Foundation

/// Mines a repository's history for the roadmap: in one pass over the commits, the files each
/// commit changed under the roadmap's folders, with their blob ids before and after.
///
/// Commits are compared tree by tree, descending only into folders whose ids differ, and spread
/// over all cores, each worker reading a run of consecutive commits with its own object reader
/// (libgit2 handles are not thread-safe) and its own cache of the trees it just read.
public struct HistoryWalker: Sendable {
    public let repository: GitRepository
    /// Where the roadmap root sits in the repository ("" for the top).
    public let rootPrefix: String
    /// Root-relative folders whose `*.md` files are followed (the PRD and objective folders).
    public let folders: [String]

    /// A walker over `folders` of the roadmap at `rootPrefix`. Throws when a path leaves the repository.
    public init(repository: GitRepository, rootPrefix: String = "", folders: [String]) throws(SourceError) {
        guard let prefix = RelativePath.normalized(rootPrefix) else {
            throw SourceError("invalid roadmap folder '\(rootPrefix)' in \(repository.displayPath)")
        }
        var clean: [String] = []
        for folder in folders {
            guard let normal = RelativePath.normalized(folder), !normal.isEmpty else {
                throw SourceError("invalid folder '\(folder)' in \(repository.displayPath)")
            }
            clean.append(normal)
        }
        self.repository = repository
        self.rootPrefix = prefix
        self.folders = clean
    }

    /// The id of the commit `revision` names.
    public func resolve(_ revision: String) throws(SourceError) -> String {
        GitObjectID.hex(try ResolvedCommit.resolve(revision, in: repository).commitID)
    }

    /// Every commit reachable from the commit `head` (an id) but from none of `known` (ids;
    /// unknown ones are ignored), parents before children, each with its roadmap changes.
    /// `workers` is how many threads compare trees (default: one per core).
    public func changes(head: String, excluding known: [String] = [], workers: Int? = nil) throws(SourceError) -> [CommitChanges] {
        let packs = repository.blobReaders.packs(of: repository)
        guard let start = GitObjectID.parse(head) else { throw SourceError("invalid commit id '\(head)'") }
        // Walked through the shared packs, each commit read once.
        let graph = try CommitGraph(from: start, hiding: known.compactMap(GitObjectID.parse),
                                    reader: try ObjectReader(repository: repository, packs: packs, budget: 1 << 20))
        let ids = graph.order
        let commits = graph.commits
        let threads = max(1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, ids.count / 64))
        let read = commits
        if threads == 1 { return try diff(ids[...], packs: packs, known: read) }
        let chunks = (0..<threads).map { ids[(ids.count * $0 / threads)..<(ids.count * ($0 + 1) / threads)] }
        let results = ParallelMap.map(count: threads) { index in
            Result { () throws(SourceError) in try diff(chunks[index], packs: packs, known: read) }
        }
        var all: [CommitChanges] = []
        all.reserveCapacity(ids.count)
        for result in results { all += try result.get() }
        return all
    }

    /// Every commit id reachable from `head`, without reading any tree: for checking which cached
    /// commits are still part of the history after it was rewritten.
    public func reachableCommits(from head: String) throws(SourceError) -> Set<String> {
        guard let start = GitObjectID.parse(head) else { throw SourceError("invalid commit id '\(head)'") }
        return Set(try CommitGraph(from: start, reader: try ObjectReader(repository: repository, budget: 1 << 20)).order.map(GitObjectID.hex))
    }

    /// One worker's run of consecutive commits, with its own reader (and libgit2 handle).
    private func diff(_ ids: ArraySlice<git_oid>, packs: PackSet, known: [ObjectKey: RawCommit]) throws(SourceError) -> [CommitChanges] {
        let reader = try ObjectReader(repository: repository, packs: packs, budget: 16 << 20)
        let differ = CommitDiffer(reader: reader, known: known, rootPrefix: rootPrefix, folders: folders)
        var out: [CommitChanges] = []
        out.reserveCapacity(ids.count)
        for id in ids { out.append(try differ.changes(of: id)) }
        return out
    }
}
