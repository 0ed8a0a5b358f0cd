import CGit2

/// The walk for shallow clones. libgit2 1.5's revision walker fails at the first missing
/// parent, so this one reads commits itself and treats a missing parent as no parent.
enum ShallowWalk {
    /// Ids reachable from `start` and not from `hiding`, parents before children.
    static func ids(_ repo: OpaquePointer, from start: git_oid, hiding: [git_oid]) throws(SourceError) -> [git_oid] {
        var hidden = Set<ObjectKey>()
        for id in hiding { try collect(repo, from: id, into: &hidden) }
        var emitted = Set<ObjectKey>(hidden)
        var order: [git_oid] = []
        // Depth-first, emitting a commit after all its parents: an explicit stack, since a long
        // linear history would overflow the call stack.
        var stack: [(oid: git_oid, expanded: Bool)] = [(start, false)]
        while let (oid, expanded) = stack.popLast() {
            let key = ObjectKey(oid)
            if emitted.contains(key) { continue }
            if expanded {
                emitted.insert(key)
                order.append(oid)
                continue
            }
            stack.append((oid, true))
            for parent in try parents(repo, of: oid).reversed() where !emitted.contains(ObjectKey(parent)) {
                stack.append((parent, false))
            }
        }
        return order
    }

    /// Every commit reachable from `start`, inclusive; nothing when `start` is missing.
    private static func collect(_ repo: OpaquePointer, from start: git_oid, into seen: inout Set<ObjectKey>) throws(SourceError) {
        var pending = [start]
        while let oid = pending.popLast() {
            guard seen.insert(ObjectKey(oid)).inserted else { continue }
            pending += try parents(repo, of: oid)
        }
    }

    /// The parents of a commit that are present in the repository; none when the commit itself is missing.
    private static func parents(_ repo: OpaquePointer, of oid: git_oid) throws(SourceError) -> [git_oid] {
        var id = oid
        var commit: OpaquePointer?
        guard git_commit_lookup(&commit, repo, &id) == 0, let commit else { return [] }
        defer { git_commit_free(commit) }
        var result: [git_oid] = []
        for index in 0..<git_commit_parentcount(commit) {
            guard let parentID = git_commit_parent_id(commit, index)?.pointee else { continue }
            var probe = parentID
            var parent: OpaquePointer?
            if git_commit_lookup(&parent, repo, &probe) == 0, let parent {
                git_commit_free(parent)
                result.append(parentID)
            }
        }
        return result
    }
}
