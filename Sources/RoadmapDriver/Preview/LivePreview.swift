import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapSite

/// The roadmap's site kept in memory and brought up to date as its files change: what
/// `roadmap serve` serves. Each update compiles incrementally (the session reuses every
/// unchanged file's analysis) and renders only the pages whose inputs changed.
///
/// While the roadmap has errors the last good site stays: a half-typed PRD should not blank the
/// page being watched. Only when there never was a good site is one rendered with the broken
/// items marked, so there is something to look at.
public final class LivePreview: @unchecked Sendable {
    public let session: RoadmapSession
    public let request: SiteRequest
    private let lock = NSLock()
    private var site: RenderedSite?
    /// Cards and PRD page fingerprints of the last rendered plan, lent to the next one.
    private let memo = PlanMemo()
    private var shownDiagnostics: [Diagnostic] = []
    private var history: RoadmapHistory?
    private var historyHead: String??
    private var generation = 0
    /// History warnings and failures since the last `takeNotices()`.
    private var notices: [String] = []

    /// `session` should cache analyses in memory (`.memory`): the site needs every body, and a
    /// long-lived preview should pay for what changed, not for the roadmap.
    public init(session: RoadmapSession, request: SiteRequest) {
        self.session = session
        self.request = request
    }

    /// The site as last rendered; nil before the first update or when it could not be rendered.
    public var currentSite: RenderedSite? { lock.withLock { site } }

    /// Counts updates that changed at least one page; a reconnecting page compares it with the
    /// one it was loaded at.
    public var currentGeneration: Int { lock.withLock { generation } }

    /// Brings the site up to date with the roadmap as it is now. `changed` names files known to
    /// have changed; others are found from their stat data and content. With `watched`, `changed`
    /// is a watcher's report of every change since the last update to the paths `watched`
    /// accepts, so the tree need not be walked again (see `RoadmapSession.treeChanged`).
    public func update(changed: some Sequence<String> = [String](), watched: ((String) -> Bool)? = nil) -> PreviewUpdate {
        let started = DispatchTime.now().uptimeNanoseconds
        if let watched { session.treeChanged(changed, covers: watched) } else { session.filesChanged(changed) }
        let compilation: Compilation
        do throws(SourceError) {
            compilation = try session.compile()
        } catch {
            return finish(started, diagnostics: [], failure: error.message, pages: nil, fileCount: 0)
        }
        let errors = compilation.diagnostics.hasErrors
        let hadSite = currentSite != nil
        if errors && hadSite {
            return finish(started, diagnostics: compilation.diagnostics, failure: nil, pages: nil,
                          fileCount: compilation.fileCount, keptLastGood: true, clock: StageClock(after: compilation.stageTimes))
        }
        do {
            var asked = request
            asked.allowErrors = true
            var clock = StageClock(after: compilation.stageTimes)
            let shown = try session.shown(compilation, to: request.audience)
            let options = try session.siteOptions(asked, compilation: shown)
            clock.lap("site options and exports")
            var history = request.history ? currentHistory(config: compilation.roadmap.config) : nil
            if let view = shown.audience { history = history?.seen(through: view) }
            clock.lap("history (mined or cached)")
            let plan = try SiteBuilder(roadmap: shown.roadmap, diagnostics: shown.diagnostics, options: options,
                                       bodyRenderer: CmarkBodyRenderer(), history: history, memo: memo).plan()
            clock.lap("plan the pages")
            let rendered = try plan.render(reusing: currentSite)
            clock.lap("render changed pages")
            return finish(started, diagnostics: compilation.diagnostics, failure: nil, pages: rendered,
                          fileCount: compilation.fileCount, clock: clock)
        } catch let error as SiteSetupError {
            return finish(started, diagnostics: compilation.diagnostics, failure: error.description, pages: nil,
                          fileCount: compilation.fileCount, keptLastGood: hadSite)
        } catch {
            return finish(started, diagnostics: compilation.diagnostics, failure: "\(error)", pages: nil,
                          fileCount: compilation.fileCount, keptLastGood: hadSite)
        }
    }

    /// Warnings about history since the last call (a shallow clone, an unreadable history).
    public func takeNotices() -> [String] {
        lock.withLock {
            defer { notices = [] }
            return notices
        }
    }

    /// History changes only with commits: mined again when HEAD moves, else reused.
    private func currentHistory(config: RoadmapConfig) -> RoadmapHistory? {
        let head = session.location.repository?.headCommitID
        if let known = historyHead, known == head { return history }
        historyHead = .some(head)
        let read = session.historyForSite(config: config)
        for d in read.diagnostics { note("\(d.severity.rawValue)[\(d.code.rawValue)]: \(d.message)") }
        if let failure = read.failure { note("the site is shown without history: \(failure)") }
        history = read.history
        return history
    }

    private func note(_ text: String) { lock.withLock { notices.append(text) } }

    private func finish(_ started: UInt64, diagnostics: [Diagnostic], failure: String?, pages: RenderedSite?,
                        fileCount: Int, keptLastGood: Bool = false, clock: StageClock? = nil) -> PreviewUpdate {
        lock.lock(); defer { lock.unlock() }
        var clock = clock
        var changed = Set<String>()
        if let pages {
            changed = site.map { pages.changedPaths(since: $0) } ?? Set(pages.paths)
            site = pages
        }
        let problemsChanged = diagnostics != shownDiagnostics
        shownDiagnostics = diagnostics
        if !changed.isEmpty { generation += 1 }
        clock?.lap("compare with the last site")
        return PreviewUpdate(
            diagnostics: diagnostics, fileCount: fileCount, failure: failure, changedPages: changed,
            renderedPages: pages?.rendered ?? 0, keptLastGoodSite: keptLastGood, problemsChanged: problemsChanged,
            generation: generation, reuse: session.lastCompileReuse,
            milliseconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6, stageTimes: clock?.laps ?? [])
    }
}

/// What one `LivePreview.update` did.
public struct PreviewUpdate: Sendable {
    /// Everything the compile reported, in report order.
    public let diagnostics: [Diagnostic]
    public let fileCount: Int
    /// Why the site could not be brought up to date (an unreadable roadmap.yml, a broken
    /// template); the previous site, if any, is still served.
    public let failure: String?
    /// Site paths whose bytes changed, appeared or went away.
    public let changedPages: Set<String>
    /// Pages rendered again (the rest were reused).
    public let renderedPages: Int
    /// The roadmap has errors, so the previous site is still served.
    public let keptLastGoodSite: Bool
    /// The diagnostics differ from the previous update's.
    public let problemsChanged: Bool
    public let generation: Int
    /// Analyses reused and made by the compile.
    public let reuse: (reused: Int, analysed: Int)?
    public let milliseconds: Double
    /// How long each stage took: the compile's stages, then history, planning and rendering.
    public let stageTimes: [(stage: String, seconds: Double)]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
