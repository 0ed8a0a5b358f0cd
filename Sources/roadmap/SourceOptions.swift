import RoadmapDriver
import Foundation
import ArgumentParser
import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapSources

/// Which roadmap to read, and from where: the working tree, a revision, a day, or the index.
struct SourceOptions: ParsableArguments {
    @OptionGroup var folder: RoadmapFolderOption

    @Option(name: .customLong("ref"), help: ArgumentHelp(
        "Read the roadmap as committed at a revision (commit, tag, branch, HEAD~2), without a checkout.",
        valueName: "rev"))
    var revision: String?

    @Option(name: .customLong("at"), help: ArgumentHelp(
        "Read the roadmap as it was on a day: the last commit (following first parents from HEAD) whose commit time is before the end of that day in UTC.",
        valueName: "YYYY-MM-DD"))
    var day: String?

    @Flag(help: "Read what is staged in the git index: exactly what the next commit will contain.")
    var staged = false

    func validate() throws {
        if [revision != nil, day != nil, staged].count(where: { $0 }) > 1 {
            throw ValidationError("--ref, --at and --staged cannot be used together")
        }
        if let day, CalendarDate(iso: day) == nil {
            throw ValidationError("--at expects a day written YYYY-MM-DD, not '\(day)'")
        }
    }

    /// What was asked for, as the driver names it.
    var choice: SourceChoice {
        if let revision { return .revision(revision) }
        if let day, let date = CalendarDate(iso: day) { return .day(date) }
        // Inside a hook of `git commit -a` git points at a temporary index; that is what will be committed.
        if staged { return .index(indexFile: ProcessInfo.processInfo.environment["GIT_INDEX_FILE"]) }
        return .workingTree
    }

    /// The session over the roadmap and state asked for, with the file the user named
    /// (root-relative), if they named one. Throws SourceError (exit 2).
    /// `path`: the roadmap a command found in its own positional argument (`roadmap okrs FOLDER`),
    /// used when PATH and -C are not given.
    func session(settings: CompileSettings, caching: AnalysisCaching = .file,
                 historyCache: Bool = true, path: String? = nil) throws(SourceError) -> (session: RoadmapSession, file: String?) {
        let opened = try RoadmapSession.open(folder.given ?? path, choice: choice, today: settings.day, caching: caching,
                                             historyCache: historyCache)
        announce(opened.session.source)
        return opened
    }

    /// The session and its compilation, for a command that reads the roadmap; a source that cannot
    /// be read is printed and exits 2.
    /// With `audience`, the compilation is what that audience sees (no diagnostics: a count of
    /// the errors is printed here instead).
    func compiled(settings: CompileSettings, historyCache: Bool = true, path: String? = nil,
                  audience: String? = nil) throws -> (session: RoadmapSession, compilation: Compilation) {
        let session: RoadmapSession
        let compilation: Compilation
        do throws(SourceError) {
            session = try self.session(settings: settings, historyCache: historyCache, path: path).session
            compilation = try session.compile()
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        guard audience != nil else { return (session, compilation) }
        do throws(SiteSetupError) {
            let errors = compilation.diagnostics.errorCount
            if errors > 0 {
                Terminal.writeError("roadmap: the roadmap has \(errors) error\(errors == 1 ? "" : "s"); `roadmap check` shows them\n")
            }
            return (session, try session.shown(compilation, to: audience))
        } catch {
            Terminal.writeError("roadmap: error: \(error)\n")
            throw ExitCode(2)
        }
    }

    /// --at picks a commit for the user; say which, so what was read is never a guess.
    private func announce(_ source: any RoadmapSource) {
        if let day, let commit = source as? CommitSource {
            Terminal.writeError("roadmap: --at \(day) reads commit \(commit.shortCommitID) of \(HistoryTime.day(commit.commitTime)) (UTC), the last on or before that day\n")
        }
    }

    /// The resolved location and the source to read from. Throws SourceError (exit 2).
    func open() throws(SourceError) -> (RoadmapLocation, any RoadmapSource) {
        let opened = try openNamed()
        return (opened.location, opened.source)
    }

    /// As `open()`, with the file the user named (root-relative), if they named one.
    func openNamed() throws(SourceError) -> (location: RoadmapLocation, source: any RoadmapSource, file: String?) {
        let found = try folder.find()
        let opened = try choice.open(at: found.location)
        announce(opened)
        return (found.location, opened, found.file)
    }
}
