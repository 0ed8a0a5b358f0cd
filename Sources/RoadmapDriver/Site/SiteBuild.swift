import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapSite

/// What `roadmap build` asks a session, answered whole: the roadmap as compiled, the site built
/// from it (or why not), and what the history had to say.
public struct SiteBuild: Sendable {
    public enum Outcome: Sendable {
        case built(SiteReport)
        /// The roadmap has errors and the request did not allow them: nothing was written.
        case refusedForErrors
        case setupFailed(SiteSetupError)
        case failed(SiteError)
    }

    public var compilation: Compilation
    public var outcome: Outcome
    /// The history's own warnings (a shallow clone), and why it could not be read, if it could not:
    /// the site is built without it then, still right.
    public var historyDiagnostics: [Diagnostic] = []
    public var historyFailure: String?
    /// The compiler's stages, then the history's and the site's.
    public var stageTimes: [(stage: String, seconds: Double)] = []
}

/// The history a site shows, with what reading it found.
public struct SiteHistoryRead: Sendable {
    /// nil for a plain folder, a repository without commits, or a history that could not be read.
    public var history: RoadmapHistory?
    public var diagnostics: [Diagnostic] = []
    public var failure: String?
}

extension RoadmapSession {
    /// Compiles, then, unless the roadmap has errors the request does not allow, builds the site.
    public func buildSite(_ request: SiteRequest) throws(SourceError) -> SiteBuild {
        let compilation = try compile()
        var build = SiteBuild(compilation: compilation, outcome: .refusedForErrors, stageTimes: compilation.stageTimes)
        if compilation.diagnostics.hasErrors && !request.allowErrors { return build }
        var clock = StageClock(after: compilation.stageTimes)
        let options: SiteOptions
        let shown: Compilation
        do throws(SiteSetupError) {
            shown = try self.shown(compilation, to: request.audience)
            options = try siteOptions(request, compilation: shown)
        } catch {
            build.outcome = .setupFailed(error)
            return build
        }
        clock.lap("site options and exports")
        var history: RoadmapHistory?
        if request.history {
            let read = historyForSite(shown)
            (history, build.historyDiagnostics, build.historyFailure) = (read.history, read.diagnostics, read.failure)
            clock.lap("history (mined or cached)")
        }
        do throws(SiteError) {
            build.outcome = .built(try buildSite(shown, options: options, history: history))
        } catch {
            build.outcome = .failed(error)
        }
        clock.lap("render and write the site")
        build.stageTimes = clock.laps
        return build
    }

    /// The history for the site of `compilation`, as its audience may see it (see
    /// `RoadmapHistory.seen(through:)`).
    public func historyForSite(_ compilation: Compilation) -> SiteHistoryRead {
        var read = historyForSite(config: compilation.roadmap.config)
        if let view = compilation.audience { read.history = read.history?.seen(through: view) }
        return read
    }

    /// The history for a site: a history that cannot be read is reported, not thrown, because the
    /// site is still right without its History sections, Changes page and feed.
    public func historyForSite(config: RoadmapConfig) -> SiteHistoryRead {
        do throws(SourceError) {
            guard let mined = try history(config: config) else { return SiteHistoryRead() }
            return SiteHistoryRead(history: mined.history, diagnostics: mined.diagnostics)
        } catch {
            return SiteHistoryRead(failure: error.message)
        }
    }
}
