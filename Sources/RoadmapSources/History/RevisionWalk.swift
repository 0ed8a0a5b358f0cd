import CGit2

/// The commits to mine, parents before children.
enum RevisionWalk {
    /// Ids reachable from `start` and not from `hiding`, oldest first in topological order (ties
    /// by commit time). In a shallow clone, parents beyond the cut are simply absent.
    static func ids(_ repo: OpaquePointer, from start: git_oid, hiding: [git_oid], shallow: Bool,
                    label: String) throws(SourceError) -> [git_oid] {
        if shallow { return try ShallowWalk.ids(repo, from: start, hiding: hiding) }
        var walk: OpaquePointer?
        try LibGit2.check(git_revwalk_new(&walk, repo), "cannot walk the history of \(label)")
        guard let walk else { throw SourceError("cannot walk the history of \(label)") }
        defer { git_revwalk_free(walk) }
        git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue | GIT_SORT_REVERSE.rawValue)
        var head = start
        try LibGit2.check(git_revwalk_push(walk, &head), "cannot walk the history of \(label) from \(GitObjectID.hex(start))")
        for hidden in hiding {
            var id = hidden
            // A commit that no longer exists (history rewritten and collected) hides nothing.
            _ = git_revwalk_hide(walk, &id)
        }
        var ids: [git_oid] = []
        var next = git_oid()
        while true {
            let code = git_revwalk_next(&next, walk)
            if code == GIT_ITEROVER.rawValue { break }
            try LibGit2.check(code, "cannot walk the history of \(label)")
            ids.append(next)
        }
        return ids
    }
}
