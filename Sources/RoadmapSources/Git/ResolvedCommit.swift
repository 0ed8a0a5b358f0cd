import CGit2

/// A revision resolved once to a commit: the facts a `CommitSource` keeps so that later reads
/// never depend on refs moving underneath it.
struct ResolvedCommit {
    var commitID: git_oid
    var treeID: git_oid
    /// Seconds since 1970-01-01 UTC (committer time).
    var time: Int64
    /// The committer's offset from UTC, in minutes.
    var offsetMinutes: Int

    /// Resolves any revision git understands (`HEAD`, `main`, `v1.0`, `1a2b3c4`, `HEAD~3`,
    /// `main@{yesterday}`), peeling tags down to the commit.
    static func resolve(_ revision: String, in repository: GitRepository) throws(SourceError) -> ResolvedCommit {
        try repository.withHandle { (repo: OpaquePointer) throws(SourceError) -> ResolvedCommit in
            var object: OpaquePointer?
            let code = revision.withCString { git_revparse_single(&object, repo, $0) }
            if code == GIT_ENOTFOUND.rawValue, GitObjectID.parse(revision) == nil, let missing = missingObject() {
                // The name resolved, to an object the store cannot give (a damaged or truncated
                // pack): libgit2 says only "not found", the pack reader's checks say which file.
                let packs = repository.blobReaders.packs(of: repository)
                let damage = packs.refused.first.map { "; \($0.reason)" }
                    ?? packs.unparsedIndexes.first.map { "; \($0) is not a well-formed version-2 pack index" } ?? ""
                throw SourceError("cannot read the commit '\(revision)' names in \(repository.displayPath): \(missing)\(damage)")
            }
            if code == GIT_ENOTFOUND.rawValue || code == GIT_EAMBIGUOUS.rawValue || code == GIT_EINVALIDSPEC.rawValue {
                let reason = code == GIT_EAMBIGUOUS.rawValue ? "ambiguous revision" : "no such revision"
                throw SourceError("\(reason) '\(revision)' in \(repository.displayPath)")
            }
            try LibGit2.check(code, "cannot resolve revision '\(revision)' in \(repository.displayPath)")
            guard let object else { throw SourceError("no such revision '\(revision)' in \(repository.displayPath)") }
            defer { git_object_free(object) }
            var peeled: OpaquePointer?
            guard git_object_peel(&peeled, object, GIT_OBJECT_COMMIT) == 0, let commit = peeled else {
                throw SourceError("revision '\(revision)' in \(repository.displayPath) is not a commit")
            }
            defer { git_object_free(commit) }
            guard let commitID = git_commit_id(commit), let treeID = git_commit_tree_id(commit) else {
                throw SourceError("cannot read commit '\(revision)' in \(repository.displayPath)")
            }
            return ResolvedCommit(
                commitID: commitID.pointee, treeID: treeID.pointee,
                time: Int64(git_commit_time(commit)), offsetMinutes: Int(git_commit_time_offset(commit)))
        }
    }

    /// libgit2's message when the last failure was a full object id it could not read.
    private static func missingObject() -> String? {
        guard let last = git_error_last(), let message = last.pointee.message else { return nil }
        let text = String(cString: message)
        return text.contains("no match for id (") ? text : nil
    }
}
