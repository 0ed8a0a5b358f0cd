import RoadmapCompiler
import RoadmapCore
import RoadmapDriver
import RoadmapSources

/// The roadmap the server answers about, for as long as it runs: where it is, the day overdue
/// work is measured from, and one session over the working tree that keeps every file's
/// analysis in memory, so that a question after an edit pays for the edited file only. Sessions
/// over a revision, a day or the index are made per call, as the CLI makes them.
final class RoadmapContext: Sendable {
    let location: RoadmapLocation
    let today: CalendarDate?
    let allowEdits: Bool
    let workingTree: RoadmapSession

    init(location: RoadmapLocation, today: CalendarDate?, allowEdits: Bool) throws(SourceError) {
        self.location = location
        self.today = today
        self.allowEdits = allowEdits
        workingTree = try RoadmapSession(location: location, today: today, caching: .memory)
    }

    /// The session reading `choice`. `bodies`: the answer needs the PRDs' Markdown, which the
    /// file cache of commits does not keep.
    func session(_ choice: SourceChoice, bodies: Bool = false) throws(ToolFailure) -> RoadmapSession {
        if choice == .workingTree { return workingTree }
        do throws(SourceError) {
            return try RoadmapSession(location: location, choice: choice, today: today, caching: bodies ? .none : .file)
        } catch {
            throw ToolFailure(error.message)
        }
    }

    /// The roadmap as `choice` reads it, with the session that compiled it.
    func compile(_ choice: SourceChoice, bodies: Bool = false) throws(ToolFailure) -> (RoadmapSession, Compilation) {
        let session = try session(choice, bodies: bodies)
        return (session, try answering { () throws(SourceError) in try session.compile() })
    }

    /// An edit session on the working tree, judging edits with the day and user name `check` uses.
    func editSession() -> EditSession { EditSession(location: location, options: workingTree.options) }

    /// A root-relative path from what an assistant wrote: root-relative already, or absolute
    /// inside the roadmap.
    func relative(_ path: String) -> String {
        var path = path
        if path.hasPrefix(location.root + "/") { path.removeFirst(location.root.count + 1) }
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}

/// Failures of the driver and the sources, as tool failures.
func answering<T>(_ body: () throws(SourceError) -> T) throws(ToolFailure) -> T {
    do throws(SourceError) { return try body() } catch { throw ToolFailure(error.message) }
}
