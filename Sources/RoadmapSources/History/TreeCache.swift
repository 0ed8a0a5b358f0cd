import CGit2

/// Parsed trees of the commit being compared and of the one before it. In a linear walk a commit's
/// parent tree is the tree just read for the previous commit, so each tree version is parsed
/// once instead of twice. libgit2's own object cache skips trees over 4 KB, which is exactly
/// the size of a folder holding a thousand PRDs.
final class TreeCache {
    private let repo: OpaquePointer
    private var current: [ObjectKey: OpaquePointer] = [:]
    private var previous: [ObjectKey: OpaquePointer] = [:]

    /// Uses `repo`, which the caller keeps open (and locked) for the cache's whole life.
    init(repo: OpaquePointer) { self.repo = repo }

    deinit {
        for tree in current.values { git_tree_free(tree) }
        for tree in previous.values { git_tree_free(tree) }
    }

    /// The tree with id `oid`, owned by the cache until two `rotate()` calls go by unused.
    func tree(_ oid: git_oid) throws(SourceError) -> OpaquePointer {
        let key = ObjectKey(oid)
        if let hit = current[key] { return hit }
        if let hit = previous.removeValue(forKey: key) {
            current[key] = hit
            return hit
        }
        var id = oid
        var tree: OpaquePointer?
        try LibGit2.check(git_tree_lookup(&tree, repo, &id), "cannot read tree \(GitObjectID.hex(oid))")
        guard let tree else { throw SourceError("cannot read tree \(GitObjectID.hex(oid))") }
        current[key] = tree
        return tree
    }

    /// Ends one commit: trees it did not use are freed, the ones it used are kept for the next.
    func rotate() {
        for tree in previous.values { git_tree_free(tree) }
        previous = current
        current = [:]
    }

    /// The id of the entry at `components` below the tree `root`, or nil when absent.
    func entryID(in root: git_oid, at components: [String]) throws(SourceError) -> (oid: git_oid, isTree: Bool)? {
        var oid = root
        var isTree = true
        for name in components {
            guard isTree else { return nil }
            let tree = try tree(oid)
            guard let entry = name.withCString({ git_tree_entry_byname(tree, $0) }), let id = git_tree_entry_id(entry) else {
                return nil
            }
            oid = id.pointee
            isTree = git_tree_entry_type(entry) == GIT_OBJECT_TREE
        }
        return (oid, isTree)
    }
}
