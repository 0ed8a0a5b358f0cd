import CGit2

/// Recently parsed trees, up to a byte budget, oldest dropped first. A commit's parent trees
/// are the trees of an earlier commit in the walk (each folder is touched every few commits),
/// so each tree version is parsed once instead of twice.
final class TreeCache {
    let reader: ObjectReader
    private let budget: Int
    private var trees: [ObjectKey: RawTree] = [:]
    private var order: [ObjectKey] = []
    private var head = 0
    private var bytes = 0

    init(reader: ObjectReader, budget: Int = 16 << 20) {
        self.reader = reader
        self.budget = budget
    }

    /// The tree with id `oid`; `hint` is an earlier version of it, to parse only what differs.
    func tree(_ oid: git_oid, like hint: RawTree? = nil) throws(SourceError) -> RawTree {
        let key = ObjectKey(oid)
        if let hit = trees[key] { return hit }
        let object = try reader.read(oid)
        guard object.type == .tree, let tree = RawTree(object.bytes, id: key, like: hint) else { throw SourceError("object \(GitObjectID.hex(oid)) is not a tree") }
        remember(key, tree)
        return tree
    }

    private func remember(_ key: ObjectKey, _ tree: RawTree) {
        let size = tree.bytes.count + tree.entries.count * MemoryLayout<RawTree.Entry>.stride
        guard size <= budget / 4 else { return }
        trees[key] = tree
        order.append(key)
        bytes += size
        while bytes > budget, head < order.count {
            if let dropped = trees.removeValue(forKey: order[head]) {
                bytes -= dropped.bytes.count + dropped.entries.count * MemoryLayout<RawTree.Entry>.stride
            }
            head += 1
        }
        if head > 4096, head * 2 > order.count {
            order.removeFirst(head)
            head = 0
        }
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
