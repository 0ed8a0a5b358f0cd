import CGit2

/// Parsed trees of the commit being compared and of the one before it. In a linear walk a
/// commit's parent tree is the tree just read for the previous commit, so each tree version is
/// parsed once instead of twice.
final class TreeCache {
    let reader: ObjectReader
    private var current: [ObjectKey: RawTree] = [:]
    private var previous: [ObjectKey: RawTree] = [:]

    init(reader: ObjectReader) { self.reader = reader }

    /// The tree with id `oid`; `hint` is an earlier version of it, to parse only what differs.
    func tree(_ oid: git_oid, like hint: RawTree? = nil) throws(SourceError) -> RawTree {
        let key = ObjectKey(oid)
        if let hit = current[key] { return hit }
        if let hit = previous.removeValue(forKey: key) {
            current[key] = hit
            return hit
        }
        let object = try reader.read(oid)
        guard object.type == .tree, let tree = RawTree(object.bytes, like: hint) else { throw SourceError("object \(GitObjectID.hex(oid)) is not a tree") }
        current[key] = tree
        return tree
    }

    /// Ends one commit: trees it did not use are dropped, the ones it used are kept for the next.
    func rotate() {
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
            guard let entry = tree.entry(named: name) else { return nil }
            oid = tree.id(entry)
            isTree = RawTree.isTree(entry)
        }
        return (oid, isTree)
    }
}
