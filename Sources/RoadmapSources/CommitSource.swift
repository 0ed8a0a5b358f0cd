import CGit2
import RoadmapCore

/// A roadmap as committed at one revision, read straight from the object database: no checkout,
/// the working tree is never touched. The revision is resolved once, at creation, so a branch
/// moving afterwards does not change what the source returns.
public struct CommitSource: RoadmapSource {
    /// "commit 1a2b3c4 (main)", or "commit 1a2b3c4" when the revision was an id.
    public let label: String
    /// The repository the commit is read from.
    public let repository: GitRepository
    /// The revision as given (`HEAD`, `main`, `v1.2`, `HEAD~3`, an id ...).
    public let revision: String
    /// Where the roadmap root sits in the repository ("" for the top), `/`-separated.
    public let rootPrefix: String
    /// The resolved commit id, full lowercase hex.
    public let commitID: String
    /// Committer time, seconds since 1970-01-01 UTC.
    public let commitTime: Int64
    /// The committer's offset from UTC in minutes, as recorded in the commit.
    public let commitTimeOffsetMinutes: Int
    private let lister: GitTreeLister

    /// The first seven digits of `commitID`, as git shows it.
    public var shortCommitID: String { String(commitID.prefix(7)) }

    /// The day of the commit in the committer's own time zone (not the machine's).
    public var commitDay: CalendarDate? {
        CalendarDate(secondsSinceEpoch: commitTime + Int64(commitTimeOffsetMinutes) * 60)
    }

    /// Resolves `revision` (anything `git rev-parse` accepts that leads to a commit) in
    /// `repository`. Throws "no such revision 'xyz' in /path" when it does not resolve, and when
    /// `rootPrefix` tries to leave the repository.
    public init(repository: GitRepository, revision: String = "HEAD", rootPrefix: String = "") throws(SourceError) {
        guard let prefix = RelativePath.normalized(rootPrefix) else {
            throw SourceError("invalid roadmap folder '\(rootPrefix)' in \(repository.displayPath)")
        }
        let resolved = try ResolvedCommit.resolve(revision, in: repository)
        self.repository = repository
        self.revision = revision
        self.rootPrefix = prefix
        commitID = GitObjectID.hex(resolved.commitID)
        commitTime = resolved.time
        commitTimeOffsetMinutes = resolved.offsetMinutes
        lister = GitTreeLister(repository: repository, treeID: resolved.treeID, rootPrefix: prefix)
        let short = String(commitID.prefix(7))
        let isID = revision.count >= 4 && commitID.hasPrefix(revision.lowercased())
        label = isID ? "commit \(short)" : "commit \(short) (\(revision))"
    }

    /// Every file and link under the root-relative `folder`, from the commit's tree; submodules
    /// are skipped. A missing folder (or a path naming a file) gives an empty list.
    public func entries(under folder: String) throws(SourceError) -> [SourceEntry] {
        guard let folder = RelativePath.normalized(folder) else { return [] }
        return try lister.entries(under: folder)
    }

    /// The file or link at the root-relative `path`; nil for folders, submodules and nothing.
    public func entry(at path: String) throws(SourceError) -> SourceEntry? {
        guard let path = RelativePath.normalized(path), !path.isEmpty else { return nil }
        return try lister.entry(at: path)
    }

    /// The committed bytes of a file entry, by its `blobID` (looked up by path when absent).
    public func contents(of entry: SourceEntry) throws(SourceError) -> [UInt8] {
        try GitBlobContents.read(entry, from: repository, label: label) { path throws(SourceError) in
            try self.entry(at: path)
        }
    }
}
