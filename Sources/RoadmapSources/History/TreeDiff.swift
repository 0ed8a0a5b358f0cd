import CGit2

/// The blobs that differ between two versions of some folders, found by comparing tree entry ids
/// and descending only into sub-trees whose ids differ: an unchanged folder costs one comparison.
struct TreeDiff {
    /// One side of a raw change: a Markdown file's root-relative path and blob id.
    struct Side {
        var path: String
        var oid: git_oid
    }

    /// A file present on one or both sides with different content; paths are equal when both exist.
    struct Change {
        var old: Side?
        var new: Side?
    }

    let cache: TreeCache
    /// The roadmap root's components inside the repository.
    let rootComponents: [String]

    /// Changes to `*.md` files under each root-relative folder between the root trees `old`
    /// (nil for a root commit) and `new`.
    func changes(old: git_oid?, new: git_oid, folders: [String]) throws(SourceError) -> [Change] {
        var found: [Change] = []
        for folder in folders {
            let components = rootComponents + folder.split(separator: "/").map(String.init)
            let before = try old.flatMap { root throws(SourceError) in try cache.entryID(in: root, at: components) }
            let after = try cache.entryID(in: new, at: components)
            try compare(before?.isTree == true ? before?.oid : nil, after?.isTree == true ? after?.oid : nil,
                        path: folder, into: &found)
        }
        return found
    }

    private func compare(_ old: git_oid?, _ new: git_oid?, path: String, into found: inout [Change]) throws(SourceError) {
        if let old, let new, old.same(as: new) { return }
        let oldTree = try old.map { oid throws(SourceError) in try cache.tree(oid) }
        let newTree = try new.map { oid throws(SourceError) in try cache.tree(oid) }
        let oldCount = oldTree.map { git_tree_entrycount($0) } ?? 0
        let newCount = newTree.map { git_tree_entrycount($0) } ?? 0
        var i = 0, j = 0
        while i < oldCount || j < newCount {
            let a = i < oldCount ? git_tree_entry_byindex(oldTree, i) : nil
            let b = j < newCount ? git_tree_entry_byindex(newTree, j) : nil
            let order: Int32 = switch (a, b) {
            case let (a?, b?): git_tree_entry_cmp(a, b)
            case (.some, nil): -1
            default: 1
            }
            if order == 0, let a, let b {
                i += 1; j += 1
                guard let idA = git_tree_entry_id(a)?.pointee, let idB = git_tree_entry_id(b)?.pointee,
                      !idA.same(as: idB) || !sameKind(a, b) else { continue }
                try entries(a, b, path: path, into: &found)
            } else if order < 0, let a {
                i += 1
                try entries(a, nil, path: path, into: &found)
            } else if let b {
                j += 1
                try entries(nil, b, path: path, into: &found)
            }
        }
    }

    /// Compares two entries of the same name (either may be absent): trees recurse, files become changes.
    private func entries(_ a: OpaquePointer?, _ b: OpaquePointer?, path: String, into found: inout [Change]) throws(SourceError) {
        guard let name = (a ?? b).flatMap(git_tree_entry_name) else { return }
        let child = path.isEmpty ? String(cString: name) : path + "/" + String(cString: name)
        let oldTree = a.flatMap(treeID), newTree = b.flatMap(treeID)
        if oldTree != nil || newTree != nil {
            try compare(oldTree, newTree, path: child, into: &found)
        }
        let oldFile = a.flatMap(fileID), newFile = b.flatMap(fileID)
        guard oldFile != nil || newFile != nil, Self.isMarkdown(child) else { return }
        if let oldFile, let newFile, oldFile.same(as: newFile) { return }
        found.append(Change(old: oldFile.map { Side(path: child, oid: $0) }, new: newFile.map { Side(path: child, oid: $0) }))
    }

    private func sameKind(_ a: OpaquePointer, _ b: OpaquePointer) -> Bool {
        (fileID(a) != nil) == (fileID(b) != nil) && (treeID(a) != nil) == (treeID(b) != nil)
    }

    private func treeID(_ entry: OpaquePointer) -> git_oid? {
        git_tree_entry_type(entry) == GIT_OBJECT_TREE ? git_tree_entry_id(entry)?.pointee : nil
    }

    /// Regular and executable files only: links are never read and submodules are not files.
    private func fileID(_ entry: OpaquePointer) -> git_oid? {
        let mode = git_tree_entry_filemode(entry)
        guard mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE else { return nil }
        return git_tree_entry_id(entry)?.pointee
    }

    /// The compiler reads `*.md` files, in any case.
    static func isMarkdown(_ path: String) -> Bool {
        let tail = path.utf8.suffix(3)
        guard tail.count == 3 else { return false }
        let bytes = Array(tail)
        return bytes[0] == 0x2E && (bytes[1] | 0x20) == 0x6D && (bytes[2] | 0x20) == 0x64
    }
}
