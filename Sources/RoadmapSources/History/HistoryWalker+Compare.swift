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
        return try repository.withHandle { (repo: OpaquePointer) throws(SourceError) -> [BlobChange] in
            let reader = CommitReader(repo: repo)
            let before = try reader.read(oldID), after = try reader.read(newID)
            let diff = TreeDiff(cache: TreeCache(reader: objects), rootComponents: rootPrefix.split(separator: "/").map(String.init))
            let raw = try diff.changes(old: before.tree, new: after.tree, folders: folders)
            return CommitDiffer.pairExactRenames(raw)
        }
    }

    /// The facts of the commit with id `id`.
    public func commit(_ id: String) throws(SourceError) -> HistoryCommit {
        guard let oid = GitObjectID.parse(id) else { throw SourceError("invalid commit id '\(id)'") }
        return try repository.withHandle { (repo: OpaquePointer) throws(SourceError) -> HistoryCommit in
            try CommitReader(repo: repo).read(oid).commit
        }
    }
}
