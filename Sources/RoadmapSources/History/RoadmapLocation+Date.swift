import CGit2
import RoadmapCore

extension RoadmapLocation {
    /// The roadmap as committed at the last commit on or before `day`: following first parents
    /// from `revision`, the first commit whose committer time is before the end of `day` in UTC
    /// (the same commit everywhere, whatever the machine's time zone). Throws when there is no
    /// repository or no commit that old.
    public func commit(onOrBefore day: CalendarDate, from revision: String = "HEAD") throws(SourceError) -> CommitSource {
        guard let repository else { throw SourceError("\(root) is not inside a git repository") }
        let start = try ResolvedCommit.resolve(revision, in: repository)
        let endOfDay = Int64(day.ordinal - Self.unixEpochOrdinal + 1) * 86_400
        let found = try repository.withHandle { (repo: OpaquePointer) throws(SourceError) -> git_oid? in
            var id = start.commitID
            while true {
                var commit: OpaquePointer?
                guard git_commit_lookup(&commit, repo, &id) == 0, let commit else { return nil }
                defer { git_commit_free(commit) }
                if Int64(git_commit_time(commit)) < endOfDay { return id }
                // The edge of a shallow clone or a root commit: nothing older to find.
                guard git_commit_parentcount(commit) > 0, let parent = git_commit_parent_id(commit, 0) else { return nil }
                id = parent.pointee
            }
        }
        guard let found else {
            throw SourceError("no commit on or before \(day) in \(repository.displayPath)\(repository.isShallow ? " (a shallow clone: older commits were not fetched)" : "")")
        }
        return try CommitSource(repository: repository, revision: GitObjectID.hex(found), rootPrefix: pathInRepository)
    }

    /// `CalendarDate(1970-01-01).ordinal`.
    static let unixEpochOrdinal = 719_162
}
