import CGit2
import Foundation

extension HistoryWalker {
    /// Pairs files a commit deleted with files it added whose contents are similar (git's rename
    /// detection, 50% similarity), comparing the commit with its first parent. Paths are
    /// root-relative; each path is used at most once. Costly compared with the walk itself, so
    /// callers pass only what they could not pair otherwise.
    public func similarRenames(commit: String, deleted: [String], added: [String]) throws(SourceError) -> [(from: String, to: String)] {
        try similarRenames(from: nil, to: commit, deleted: deleted, added: added)
    }

    /// The same between any two commits (ids): `from` nil means `to`'s first parent.
    public func similarRenames(from old: String?, to commit: String, deleted: [String], added: [String]) throws(SourceError) -> [(from: String, to: String)] {
        guard !deleted.isEmpty, !added.isEmpty, let oid = GitObjectID.parse(commit) else { return [] }
        let oldID = old.flatMap(GitObjectID.parse)
        let prefix = rootPrefix.isEmpty ? "" : rootPrefix + "/"
        let reader = CommitReader(objects: try ObjectReader(repository: repository, budget: 1 << 20))
        let read = try reader.read(oid)
        guard let parentTreeID = try oldID.map({ id throws(SourceError) in try reader.read(id).tree }) ?? read.parentTrees.first else { return [] }
        return try repository.withHandle { (repo: OpaquePointer) throws(SourceError) -> [(from: String, to: String)] in
            let newTree = try Self.lookUpTree(repo, read.tree)
            defer { git_tree_free(newTree) }
            let oldTree = try Self.lookUpTree(repo, parentTreeID)
            defer { git_tree_free(oldTree) }
            let paths = (deleted + added).map { strdup(prefix + $0) }
            defer { for path in paths { free(path) } }
            var pointers = paths
            return try pointers.withUnsafeMutableBufferPointer { buffer throws(SourceError) -> [(from: String, to: String)] in
                var options = git_diff_options()
                git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
                options.flags = GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue
                options.pathspec = git_strarray(strings: buffer.baseAddress, count: buffer.count)
                var diff: OpaquePointer?
                try LibGit2.check(git_diff_tree_to_tree(&diff, repo, oldTree, newTree, &options), "cannot compare commit \(commit)")
                guard let diff else { return [] }
                defer { git_diff_free(diff) }
                var find = git_diff_find_options()
                git_diff_find_options_init(&find, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION))
                find.flags = GIT_DIFF_FIND_RENAMES.rawValue
                try LibGit2.check(git_diff_find_similar(diff, &find), "cannot detect renames in commit \(commit)")
                var pairs: [(from: String, to: String)] = []
                for index in 0..<git_diff_num_deltas(diff) {
                    guard let delta = git_diff_get_delta(diff, index)?.pointee, delta.status == GIT_DELTA_RENAMED,
                          let from = delta.old_file.path, let to = delta.new_file.path else { continue }
                    pairs.append((Self.strip(String(cString: from), prefix), Self.strip(String(cString: to), prefix)))
                }
                return pairs
            }
        }
    }

    private static func lookUpTree(_ repo: OpaquePointer, _ oid: git_oid) throws(SourceError) -> OpaquePointer {
        var id = oid
        var tree: OpaquePointer?
        try LibGit2.check(git_tree_lookup(&tree, repo, &id), "cannot read tree \(GitObjectID.hex(oid))")
        guard let tree else { throw SourceError("cannot read tree \(GitObjectID.hex(oid))") }
        return tree
    }

    private static func strip(_ path: String, _ prefix: String) -> String {
        prefix.isEmpty || !path.hasPrefix(prefix) ? path : String(path.dropFirst(prefix.count))
    }
}
