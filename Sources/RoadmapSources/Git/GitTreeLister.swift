import CGit2

/// Lists the blobs of one sub-tree of a commit's tree, as `SourceEntry`s relative to the roadmap
/// root. Only the requested sub-tree is loaded, never the whole repository.
struct GitTreeLister {
    let repository: GitRepository
    /// The commit's root tree.
    let treeID: git_oid
    /// Where the roadmap root sits in the repository ("" for the top).
    let rootPrefix: String

    /// Everything under the root-relative `folder`, recursively; empty when it is not a folder.
    func entries(under folder: String) throws(SourceError) -> [SourceEntry] {
        var found: [SourceEntry] = []
        try repository.withHandle { (repo: OpaquePointer) throws(SourceError) in
            guard let tree = try lookUpTree(repo, at: RelativePath.join(rootPrefix, folder)) else { return }
            defer { git_tree_free(tree) }
            try walk(repo, tree: tree, path: folder, into: &found)
        }
        RelativePath.sortByPath(&found)
        return found
    }

    /// The blob or link at the root-relative `path`; nil for a folder, a submodule or nothing.
    func entry(at path: String) throws(SourceError) -> SourceEntry? {
        try repository.withHandle { (repo: OpaquePointer) throws(SourceError) -> SourceEntry? in
            guard let root = try lookUpTree(repo, at: "") else { return nil }
            defer { git_tree_free(root) }
            var found: OpaquePointer?
            let code = RelativePath.join(rootPrefix, path).withCString { git_tree_entry_bypath(&found, root, $0) }
            if code == GIT_ENOTFOUND.rawValue { return nil }
            try LibGit2.check(code, "cannot look up \(path)")
            guard let found else { return nil }
            defer { git_tree_entry_free(found) }
            return try sourceEntry(repo, for: found, path: path)
        }
    }

    /// The tree at the repository-relative `path`, owned by the caller; nil when absent or not a tree.
    private func lookUpTree(_ repo: OpaquePointer, at path: String) throws(SourceError) -> OpaquePointer? {
        var root: OpaquePointer?
        var id = treeID
        try LibGit2.check(git_tree_lookup(&root, repo, &id), "cannot read tree \(GitObjectID.hex(treeID))")
        guard let root else { return nil }
        if path.isEmpty { return root }
        defer { git_tree_free(root) }
        var entry: OpaquePointer?
        let code = path.withCString { git_tree_entry_bypath(&entry, root, $0) }
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try LibGit2.check(code, "cannot look up \(path)")
        guard let entry else { return nil }
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_TREE else { return nil }
        var subtree: OpaquePointer?
        try LibGit2.check(git_tree_lookup(&subtree, repo, git_tree_entry_id(entry)), "cannot read tree \(path)")
        return subtree
    }

    private func walk(_ repo: OpaquePointer, tree: OpaquePointer, path: String, into found: inout [SourceEntry]) throws(SourceError) {
        for index in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, index), let cName = git_tree_entry_name(entry) else { continue }
            let child = RelativePath.join(path, String(cString: cName))
            if git_tree_entry_type(entry) == GIT_OBJECT_TREE {
                var subtree: OpaquePointer?
                try LibGit2.check(git_tree_lookup(&subtree, repo, git_tree_entry_id(entry)), "cannot read tree \(child)")
                guard let subtree else { continue }
                defer { git_tree_free(subtree) }
                try walk(repo, tree: subtree, path: child, into: &found)
            } else if let made = try sourceEntry(repo, for: entry, path: child) {
                found.append(made)
            }
        }
    }

    /// A file or link entry; nil for trees and submodules (gitlinks), which are not roadmap files.
    private func sourceEntry(_ repo: OpaquePointer, for entry: OpaquePointer, path: String) throws(SourceError) -> SourceEntry? {
        guard let oidPointer = git_tree_entry_id(entry) else { return nil }
        let oid = oidPointer.pointee
        switch git_tree_entry_filemode(entry) {
        case GIT_FILEMODE_BLOB, GIT_FILEMODE_BLOB_EXECUTABLE:
            return SourceEntry(path: path, size: try repository.blobSizeLocked(repo, oid), blobID: GitObjectID.hex(oid))
        case GIT_FILEMODE_LINK:
            let target = try repository.readBlobLocked(repo, oid)
            return SourceEntry(
                path: path, kind: .symlink(target: String(decoding: target, as: UTF8.self)),
                size: target.count, blobID: GitObjectID.hex(oid))
        default:
            return nil
        }
    }
}
