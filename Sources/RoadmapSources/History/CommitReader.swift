import CGit2

/// Reads one commit's facts and the root trees it is compared with, from the raw commit
/// objects (through the same reader and cache as the trees).
struct CommitReader {
    /// What a diff needs besides the commit's own facts.
    struct Read {
        var commit: HistoryCommit
        var tree: git_oid
        /// The root trees of the parents that are present (a shallow clone lacks the oldest ones).
        var parentTrees: [git_oid]
    }

    let objects: ObjectReader
    /// Commits already read by a walk; others are read through `objects`.
    var known: [ObjectKey: RawCommit] = [:]

    func read(_ oid: git_oid) throws(SourceError) -> Read {
        guard let raw = try commit(oid) else { throw SourceError("object \(GitObjectID.hex(oid)) is not a commit") }
        var parents: [String] = []
        var parentTrees: [git_oid] = []
        for parent in raw.parents {
            // A missing parent is the edge of a shallow clone: the commit is treated as a root.
            guard let parentCommit = try? commit(parent) else { continue }
            parents.append(GitObjectID.hex(parent))
            parentTrees.append(parentCommit.tree)
        }
        let details = raw.details()
        let made = HistoryCommit(id: GitObjectID.hex(oid), parents: parents, author: details.author, committer: details.committer,
                                 summary: details.summary)
        return Read(commit: made, tree: raw.tree, parentTrees: parentTrees)
    }

    private func commit(_ oid: git_oid) throws(SourceError) -> RawCommit? {
        if let hit = known[ObjectKey(oid)] { return hit }
        let object = try objects.read(oid)
        return object.type == .commit ? RawCommit(object.bytes) : nil
    }
}
