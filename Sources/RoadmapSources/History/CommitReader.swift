import CGit2

/// Reads one commit's facts and the root trees it is compared with.
struct CommitReader {
    /// What a diff needs besides the commit's own facts.
    struct Read {
        var commit: HistoryCommit
        var tree: git_oid
        /// The root trees of the parents that are present (a shallow clone lacks the oldest ones).
        var parentTrees: [git_oid]
    }

    let repo: OpaquePointer

    func read(_ oid: git_oid) throws(SourceError) -> Read {
        var id = oid
        var commit: OpaquePointer?
        try LibGit2.check(git_commit_lookup(&commit, repo, &id), "cannot read commit \(GitObjectID.hex(oid))")
        guard let commit else { throw SourceError("cannot read commit \(GitObjectID.hex(oid))") }
        defer { git_commit_free(commit) }
        guard let tree = git_commit_tree_id(commit)?.pointee else { throw SourceError("commit \(GitObjectID.hex(oid)) has no tree") }
        var parents: [String] = []
        var parentTrees: [git_oid] = []
        for index in 0..<git_commit_parentcount(commit) {
            var parent: OpaquePointer?
            // A missing parent is the edge of a shallow clone: the commit is treated as a root.
            guard git_commit_parent(&parent, commit, index) == 0, let parent else { continue }
            defer { git_commit_free(parent) }
            guard let parentID = git_commit_id(parent)?.pointee, let parentTree = git_commit_tree_id(parent)?.pointee else { continue }
            parents.append(GitObjectID.hex(parentID))
            parentTrees.append(parentTree)
        }
        let summary = git_commit_summary(commit).map { String(cString: $0) } ?? ""
        let made = HistoryCommit(
            id: GitObjectID.hex(oid), parents: parents,
            author: Self.signature(git_commit_author(commit)), committer: Self.signature(git_commit_committer(commit)),
            summary: summary)
        return Read(commit: made, tree: tree, parentTrees: parentTrees)
    }

    private static func signature(_ pointer: UnsafePointer<git_signature>?) -> HistorySignature {
        guard let signature = pointer?.pointee else { return HistorySignature(name: "", email: "", time: 0, offsetMinutes: 0) }
        return HistorySignature(
            name: signature.name.map { String(cString: $0) } ?? "",
            email: signature.email.map { String(cString: $0) } ?? "",
            time: Int64(signature.when.time), offsetMinutes: Int(signature.when.offset))
    }
}
