import RoadmapCore
import RoadmapSources

/// Which state of the roadmap a session reads.
public enum SourceChoice: Sendable, Equatable {
    /// The files on disk now (what git ignores left out).
    case workingTree
    /// As committed at a revision (commit, tag, branch, `HEAD~2`).
    case revision(String)
    /// The last commit (first parents from HEAD) on or before the end of a day in UTC.
    case day(CalendarDate)
    /// What is staged: `indexFile` is git's temporary index inside a hook of `git commit -a`.
    case index(indexFile: String?)

    /// The source this choice names at `location`.
    public func open(at location: RoadmapLocation) throws(SourceError) -> any RoadmapSource {
        switch self {
        case .workingTree: location.workingTree()
        case .revision(let revision): try location.commit(revision)
        case .day(let day): try location.commit(onOrBefore: day)
        case .index(let file): try location.index(indexFile: file)
        }
    }
}

/// Where a session keeps file analyses between compiles.
public enum AnalysisCaching: Sendable {
    /// Parse every file every time.
    case none
    /// The file cache in `.git/roadmap/`, shared by processes, keyed by blob id: the right choice
    /// for one-shot commands on commits and the index. Its analyses carry no Markdown bodies.
    case file
    /// Memory, keyed by stat data and content, bodies kept: the choice for a long-lived session
    /// over the working tree (a server), and for anything that renders the site.
    case memory
}
