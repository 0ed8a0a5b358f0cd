import CGit2

/// Reads one commit's facts and the root trees it is compared with, from the raw commit
/// objects (through the same reader and cache as the trees).
struct CommitReader {
    /// What a diff needs besides the commit's own facts.
    struct Read {
        var commit: HistoryCommit
        var tree: git_oid
        /// The root trees of the parents (none for the cut of a shallow clone).
        var parentTrees: [git_oid]
    }

    let objects: ObjectReader
    /// Commits already read by a walk; others are read through `objects`.
    var known: [ObjectKey: RawCommit] = [:]

    func read(_ oid: git_oid) throws(SourceError) -> Read {
        let raw = try commit(oid)
        var parents: [String] = []
        var parentTrees: [git_oid] = []
        for parent in raw.parents {
            // Only a recorded shallow cut may lack parents, and those commits come without them.
            let parentCommit: RawCommit
            do { parentCommit = try commit(parent) } catch {
                throw SourceError("cannot read commit \(GitObjectID.hex(parent)), parent of \(GitObjectID.hex(oid)): \(error.message)")
            }
            parents.append(GitObjectID.hex(parent))
            parentTrees.append(parentCommit.tree)
        }
        let details = raw.details()
        let made = HistoryCommit(id: GitObjectID.hex(oid), parents: parents, author: details.author, committer: details.committer,
                                 summary: details.summary)
        return Read(commit: made, tree: raw.tree, parentTrees: parentTrees)
    }

    private func commit(_ oid: git_oid) throws(SourceError) -> RawCommit {
        if let hit = known[ObjectKey(oid)] { return hit }
        return try objects.commit(oid)
    }
}
