import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSite
import RoadmapSources

/// One roadmap, read from one source, for as long as a front end needs it: the CLI for one
/// command, a server for hours. It owns what the stages must not choose for themselves (the
/// source, the analysis and history caches, the day and user name checks are made with) and
/// answers questions as values; printing and exit codes stay with the front end.
///
/// A session is incremental: compiling again reuses the analysis of every file that did not
/// change (found from stat data and content, or named with `filesChanged`), so a long-lived
/// session pays for what was edited, not for the roadmap.
public final class RoadmapSession: @unchecked Sendable {
    public let location: RoadmapLocation
    public let choice: SourceChoice
    /// The source read; for a day, the commit it resolved to.
    public let source: any RoadmapSource
    /// The day overdue work is measured from, and the git user name examples use.
    public let options: CompileOptions
    /// Whether history is mined with the cache in `.git/roadmap/`.
    public let historyCache: Bool
    /// The environment the session was opened with (`SOURCE_DATE_EPOCH`, `ROADMAP_TEMPLATES`).
    public let environment: [String: String]
    private let store: (any AnalysisStore)?
    private let memory: MemoryAnalysisStore?
    /// The working tree's listing, kept for `treeChanged` (memory caching only).
    private let listing: RememberedListing?
    /// The last link, reused when an edit changed only what the linker passes through (memory caching only).
    private let linkMemo: LinkMemo?
    private let lock = NSLock()
    /// An editor's unsaved buffers, compiled instead of the files on disk (see `setBuffers`).
    private var buffers: [String: [UInt8]] = [:]

    /// `today`: the day given on the command line, if any; otherwise the `--at` day,
    /// `SOURCE_DATE_EPOCH` in `environment`, or the clock. `clock`: nanoseconds since 1970, what
    /// memory caching compares file times with (tests move it).
    public init(location: RoadmapLocation, choice: SourceChoice = .workingTree, today: CalendarDate? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                caching: AnalysisCaching = .file, historyCache: Bool = true,
                clock: (@Sendable () -> Int64)? = nil) throws(SourceError) {
        self.location = location
        self.choice = choice
        let opened = try choice.open(at: location)
        if case .workingTree = choice, caching == .memory {
            let kept = RememberedListing(opened, root: location.root)
            listing = kept
            source = kept
        } else {
            listing = nil
            source = opened
        }
        var given = today
        if given == nil, case .day(let day) = choice { given = day }
        options = CompileOptions(today: ReferenceDay.resolve(given: given, environment: environment),
                                 gitUserName: GitConfig.userName(for: location.repository))
        self.historyCache = historyCache
        self.environment = environment
        switch caching {
        case .none: store = nil; memory = nil; linkMemo = nil
        case .file: store = AnalysisCache.forRoadmap(at: location); memory = nil; linkMemo = nil
        case .memory:
            let kept = clock.map(MemoryAnalysisStore.init(now:)) ?? MemoryAnalysisStore()
            store = kept
            memory = kept
            linkMemo = LinkMemo()
        }
    }

    /// The session of the roadmap found from `path` (a folder or file of it, or nil for the
    /// current folder), with the root-relative file named, if a file was.
    public static func open(_ path: String?, choice: SourceChoice = .workingTree, today: CalendarDate? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            caching: AnalysisCaching = .file, historyCache: Bool = true) throws(SourceError) -> (session: RoadmapSession, file: String?) {
        let found = try RoadmapDiscovery.find(path)
        let session = try RoadmapSession(location: found.location, choice: choice, today: today, environment: environment,
                                         caching: caching, historyCache: historyCache)
        return (session, found.file)
    }

    /// For a commit source: its revision and short id, as the site's footer names it.
    public var revisionLabel: String? {
        (source as? CommitSource).map { "\($0.revision) @ \($0.shortCommitID)" }
    }

    /// The commit the source is (or HEAD for the working tree and the index); nil without commits.
    public var historyRevision: String? {
        (source as? CommitSource)?.commitID ?? (location.repository?.headCommitID == nil ? nil : "HEAD")
    }

    /// Files to read again on the next compile whatever their stat data say (a watcher or an
    /// editor knows better than a timestamp).
    public func filesChanged(_ paths: some Sequence<String>) {
        memory?.invalidate(paths)
    }

    /// Every change to the working tree since the last compile, as a file watcher reports it
    /// (root-relative paths of files and folders created, changed, removed or renamed; the empty
    /// path when the watcher lost track), among the paths `covers` accepts (those it watches).
    /// The next compile reads these files again and, with memory caching, updates the listing it
    /// kept from them instead of walking the tree.
    public func treeChanged(_ paths: some Sequence<String>, covers: (String) -> Bool) {
        let paths = Array(paths)
        filesChanged(paths)
        listing?.changed(paths, covers: covers)
    }

    /// The roadmap compiled as the source is now; with memory caching, only changed files are
    /// read and analysed again.
    public func compile() throws(SourceError) -> Compilation {
        lock.lock(); defer { lock.unlock() }
        defer { listing?.compiled() }
        let read: any RoadmapSource = buffers.isEmpty ? source : OverlaySource(source, replacing: buffers)
        return try RoadmapCompiler(source: read, cache: store, options: options, linkMemo: linkMemo).compile()
    }

    /// Compile `buffers` (root-relative path -> bytes) in place of the files on disk from now
    /// on: a language server's open documents, saved or not. Files left out are read from disk
    /// again. Buffers are compared by content, so an unchanged one is not analysed again.
    public func setBuffers(_ buffers: [String: [UInt8]]) {
        lock.withLock { self.buffers = buffers }
    }

    /// Whether the last compile reused the link before it (nil without memory caching).
    public var lastLinkWasReused: Bool? { linkMemo?.lastLinkWasReused }

    /// How many file analyses memory caching holds (one per file of the last compile).
    public var analysesHeld: Int? { memory?.count }

    /// How many analyses the last compile reused and made (memory caching only).
    public var lastCompileReuse: (reused: Int, analysed: Int)? {
        memory.map { ($0.reused, $0.analysed) }
    }

    /// `check` as the pre-commit hook runs it: the compile, plus for the index the workflow's
    /// `transitions` of what is staged against the last commit, plus with `history` the checks
    /// that need git history.
    public func check(history: Bool = false) throws(SourceError) -> Compilation {
        var compiled = try compile()
        if case .index = choice, !compiled.roadmap.config.transitions.isEmpty, let head = try? location.commit("HEAD") {
            // HEAD shares all but the staged files with the index: their analyses are reused.
            let before = try RoadmapCompiler(source: head, cache: (store as? AnalysisCache)?.lookupOnly, options: options).compile().roadmap
            compiled.add(WorkflowRules.transitions(from: before, to: compiled))
        }
        if history {
            try HistoryCheckRun.add(to: &compiled, location: location, source: source, day: options.today, noCache: !historyCache)
        }
        return compiled
    }

    /// The history up to the session's commit (or `revision`), mined with the session's cache
    /// policy; nil for a plain folder or a repository without commits.
    public func history(revision: String? = nil, config: RoadmapConfig) throws(SourceError) -> MinedHistory? {
        guard location.repository != nil, let revision = revision ?? historyRevision else { return nil }
        return try HistorySession.mine(location, revision: revision, config: config, noCache: !historyCache)
    }
}

extension RoadmapSession {
    /// The site of `compilation` written to `options.outputFolder`, with `history` shown when
    /// given. Markdown bodies come from the compilation, so compile it with `.none` or `.memory`
    /// caching (the file cache keeps no bodies).
    public func buildSite(_ compilation: Compilation, options: SiteOptions, history: RoadmapHistory?) throws(SiteError) -> SiteReport {
        try SiteBuilder(roadmap: compilation.roadmap, diagnostics: compilation.diagnostics, options: options,
                        bodyRenderer: CmarkBodyRenderer(), history: history).build()
    }
}

extension RoadmapSession {
    /// `check`, and for a roadmap with a `portfolio`: every source at its pin in `roadmap.lock`
    /// (a missing lock or pin is taken from the refs and, for the working tree, written), the
    /// references between them, all in one compilation. `allowMissing` reports sources that
    /// cannot be read as warnings. Nil outcome for a roadmap that is not a portfolio.
    public func checkPortfolio(history: Bool = false, allowMissing: Bool = false) throws(SourceError) -> (Compilation, PortfolioOutcome?) {
        let compiled = try check(history: history)
        guard !compiled.roadmap.config.portfolio.isEmpty else { return (compiled, nil) }
        let (merged, outcome) = try portfolioRun.check(own: compiled, allowMissing: allowMissing)
        return (merged, outcome)
    }

    /// Moves the pins of the sources named (every source when `names` is empty) to what their
    /// refs resolve to now, writes `roadmap.lock`, and says how each pin moved.
    public func updatePortfolio(_ names: [String]) throws(SourceError) -> PortfolioUpdate {
        let own = try compile()
        let config = own.roadmap.config
        guard !config.portfolio.isEmpty else { throw SourceError("\(location.root)/roadmap.yml has no `portfolio`") }
        if let unknown = names.first(where: { config.source(named: $0) == nil }) {
            throw SourceError("the portfolio has no source named `\(unknown)`; its sources: \(config.portfolio.map(\.name).joined(separator: ", "))")
        }
        guard case .workingTree = choice else { throw SourceError("`portfolio update` writes roadmap.lock, so it reads the working tree") }
        let before = (try? source.entry(at: PortfolioLock.path)).flatMap { $0 }.flatMap { try? source.contents(of: $0) }
            .map { PortfolioLockReader.read($0).0 } ?? PortfolioLock()
        let (compilation, outcome) = try portfolioRun.check(own: own, allowMissing: true, moving: Set(names))
        let moves = config.portfolio.map { source in
            PortfolioUpdate.Move(name: source.name, from: before.pin(named: source.name)?.commit, to: outcome.lock.pin(named: source.name)?.commit,
                                 unavailable: outcome.unavailable.contains(source.name))
        }.filter { names.isEmpty || names.contains($0.name) }
        return PortfolioUpdate(moves: moves, compilation: compilation, lockWritten: outcome.lockWritten)
    }

    private var portfolioRun: PortfolioCheck {
        var writes = false
        if case .workingTree = choice { writes = true }
        return PortfolioCheck(location: location, source: source, options: options, writesLock: writes, caching: historyCache)
    }
}

/// What `portfolio update` did: each source's pin before and after.
public struct PortfolioUpdate: Sendable {
    public struct Move: Sendable, Equatable {
        public var name: String
        public var from: String?
        public var to: String?
        public var unavailable: Bool
    }
    public var moves: [Move]
    /// The portfolio checked at the new pins.
    public var compilation: Compilation
    public var lockWritten: Bool
}
