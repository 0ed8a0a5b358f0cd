import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import RoadmapHistory

/// Mines a roadmap's history from its repository, in one pass over the commits, reusing what
/// an earlier run cached: after one new commit only that commit is read.
public struct HistoryMiner: Sendable {
    public let repository: GitRepository
    /// Where the roadmap root sits in the repository ("" for the top).
    public let rootPrefix: String
    /// The settings whose PRD and objective folders are followed (those of the current
    /// `roadmap.yml`; files of folders the roadmap used earlier are not followed).
    public let config: RoadmapConfig
    /// Where the mined history is cached; nil to mine everything every time.
    public let cacheFile: String?

    /// A miner for the roadmap at `location`; throws when it is not in a git repository.
    public init(location: RoadmapLocation, config: RoadmapConfig, cacheFile: String?) throws(SourceError) {
        guard let repository = location.repository else { throw SourceError("\(location.root) is not inside a git repository: it has no history") }
        self.repository = repository
        rootPrefix = location.pathInRepository
        self.config = config
        self.cacheFile = cacheFile
    }

    /// The cache file a roadmap's history lives in by default: under the repository's shared git
    /// directory, one per roadmap root. Nil when that directory is not writable.
    public static func defaultCacheFile(for location: RoadmapLocation) -> String? {
        guard let repository = location.repository, FileManager.default.isWritableFile(atPath: repository.commonDirectory) else { return nil }
        return repository.commonDirectory + "/roadmap/history-\(StableHash.hex(location.pathInRepository)).bin"
    }

    /// The history up to `revision` (default `HEAD`; empty in a repository without commits).
    public func mine(revision: String = "HEAD") throws(SourceError) -> MinedHistory {
        var diagnostics: [Diagnostic] = []
        if repository.isShallow {
            diagnostics.append(Diagnostic(
                .shallowHistory, "this is a shallow clone: commits before the oldest one fetched are missing, so creation dates, contributors and early changes of the roadmap may be wrong",
                at: nil, help: "fetch the whole history with `git fetch --unshallow` (in CI: `fetch-depth: 0`)"))
        }
        let walker = try HistoryWalker(repository: repository, rootPrefix: rootPrefix, folders: [config.prdsFolder, config.okrsFolder])
        guard let head = revision == "HEAD" ? repository.headCommitID : try walker.resolve(revision) else {
            return MinedHistory(history: build(HistoryState()), diagnostics: diagnostics, minedCommits: 0, cacheUsed: false)
        }
        let file = cacheFile.map { HistoryCacheFile(path: $0, fingerprint: fingerprint) }
        let loaded = file?.load()
        var state = loaded?.state ?? HistoryState()
        let cacheUsed = state.head != nil
        if state.head == head, loaded?.clean != false {
            return MinedHistory(history: build(state), diagnostics: diagnostics, minedCommits: 0, cacheUsed: true)
        }
        let known = state.head.map { [$0] } ?? []
        let fresh = try walker.changes(head: head, excluding: known)
        var rewritten = false
        if let old = state.head, old != head, !fresh.contains(where: { $0.commit.parents.contains(old) }) {
            // The history was rewritten (amend, rebase, reset): keep only what is still in it.
            state = HistoryStateMerge.keeping(state, reachable: try walker.reachableCommits(from: head))
            rewritten = true
        }
        let base = state.head, before = state.commits.count
        state = try HistoryStateMerge.appending(fresh, to: state, walker: walker, builder: builder)
        state.head = head
        if let file {
            if let loaded, let base, loaded.clean, !rewritten, loaded.segments < HistoryCacheFile.maxSegments {
                file.append(base: base, state.suffix(after: before))
            } else {
                file.save(state)
            }
        }
        return MinedHistory(history: build(state), diagnostics: diagnostics, minedCommits: fresh.count, cacheUsed: cacheUsed)
    }

    private var builder: ChangeBuilder { ChangeBuilder(prdsFolder: config.prdsFolder, okrsFolder: config.okrsFolder) }

    private var fingerprint: String {
        "roadmap-history-1\u{0}\(rootPrefix)\u{0}\(config.prdsFolder)\u{0}\(config.okrsFolder)"
    }

    private func build(_ state: HistoryState) -> RoadmapHistory {
        RoadmapHistory(head: state.head, commits: state.commits, changes: state.changes, isShallow: repository.isShallow, config: config)
    }
}

/// A mined history with what the mining noticed.
public struct MinedHistory: Sendable {
    public var history: RoadmapHistory
    /// A warning when the clone is shallow.
    public var diagnostics: [Diagnostic]
    /// How many commits this run read from the repository (0 when the cache was up to date).
    public var minedCommits: Int
    /// True when an earlier run's cache was found and used.
    public var cacheUsed: Bool
}
