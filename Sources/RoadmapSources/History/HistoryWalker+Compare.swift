import CGit2

extension HistoryWalker {
    /// The roadmap files that differ between the commits `old` and `new` (ids), whatever lies
    /// between them: one comparison of the two trees, descending only into changed folders.
    /// Files moved unchanged are paired as renames; others are left as deletions and additions.
    public func changes(from old: String, to new: String) throws(SourceError) -> [BlobChange] {
        guard let oldID = GitObjectID.parse(old), let newID = GitObjectID.parse(new) else {
            throw SourceError("invalid commit ids '\(old)', '\(new)'")
        }
        let objects = try ObjectReader(repository: repository)
        let reader = CommitReader(objects: objects)
        let before = try reader.read(oldID), after = try reader.read(newID)
        let diff = TreeDiff(cache: TreeCache(reader: objects), rootComponents: rootPrefix.split(separator: "/").map(String.init))
        return CommitDiffer.pairExactRenames(try diff.changes(old: before.tree, new: after.tree, folders: folders))
    }

    /// The facts of the commit with id `id`.
    public func commit(_ id: String) throws(SourceError) -> HistoryCommit {
        guard let oid = GitObjectID.parse(id) else { throw SourceError("invalid commit id '\(id)'") }
        return try CommitReader(objects: try ObjectReader(repository: repository, budget: 1 << 20)).read(oid).commit
    }
}
