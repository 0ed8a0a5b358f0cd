#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        let a = try old.map { oid throws(SourceError) in try cache.tree(oid) }
        let b = try new.map { oid throws(SourceError) in try cache.tree(oid, like: a) }
        var pending: [(RawTree.Entry?, RawTree.Entry?)] = []
        Self.differingEntries(a, b) { pending.append(($0, $1)) }
        for (x, y) in pending { try entries(a, x, b, y, path: path, into: &found) }
    }

    /// Calls `report` for each name whose entries differ (either may be absent), in git's order.
    /// Two versions of a large folder usually differ in one entry: the identical bytes at the
    /// start and end of both trees are skipped with `memcmp` instead of entry by entry.
    static func differingEntries(_ a: RawTree?, _ b: RawTree?, _ report: (RawTree.Entry?, RawTree.Entry?) -> Void) {
        let oldEntries = a?.entries ?? [], newEntries = b?.entries ?? []
        let oldBytes = a?.bytes ?? [], newBytes = b?.bytes ?? []
        oldBytes.withUnsafeBufferPointer { p in newBytes.withUnsafeBufferPointer { q in
            var prefix = 0, suffix = 0
            if let known = b?.shared, known.base == a?.id {
                (prefix, suffix) = (known.prefix, known.suffix)
            } else {
                prefix = ByteRuns.commonPrefix(p, q)
                suffix = ByteRuns.commonSuffix(p, q, limit: min(p.count, q.count) - prefix)
            }
            // Entries wholly inside the common prefix are equal, and at the same index in both.
            var i = ByteRuns.firstIndex(oldEntries) { Int($0.idStart) + 20 > prefix }
            var j = i
            while i < oldEntries.count || j < newEntries.count {
                if i < oldEntries.count, j < newEntries.count {
                    let x = oldEntries[i], y = newEntries[j]
                    // Aligned inside the common suffix: the rest is equal.
                    if Int(x.nameStart) >= p.count - suffix, p.count - Int(x.nameStart) == q.count - Int(y.nameStart) { return }
                    let order = compareNames(p, x, q, y)
                    if order == 0 {
                        i += 1; j += 1
                        if x.mode == y.mode, memcmp(p.baseAddress! + Int(x.idStart), q.baseAddress! + Int(y.idStart), 20) == 0 { continue }
                        report(x, y)
                    } else if order < 0 {
                        i += 1
                        report(x, nil)
                    } else {
                        j += 1
                        report(nil, y)
                    }
                } else if i < oldEntries.count {
                    report(oldEntries[i], nil)
                    i += 1
                } else {
                    report(nil, newEntries[j])
                    j += 1
                }
            }
        } }
    }

    /// Git's order of tree entries: by name bytes, a folder compared as if its name ended in `/`.
    private static func compareNames(_ p: UnsafeBufferPointer<UInt8>, _ x: RawTree.Entry,
                                     _ q: UnsafeBufferPointer<UInt8>, _ y: RawTree.Entry) -> Int32 {
        let common = Int(min(x.nameLength, y.nameLength))
        let order = memcmp(p.baseAddress! + Int(x.nameStart), q.baseAddress! + Int(y.nameStart), common)
        if order != 0 { return order }
        let c1: Int32 = Int(x.nameLength) > common ? Int32(p[Int(x.nameStart) + common]) : (RawTree.isTree(x) ? 0x2F : 0)
        let c2: Int32 = Int(y.nameLength) > common ? Int32(q[Int(y.nameStart) + common]) : (RawTree.isTree(y) ? 0x2F : 0)
        return c1 - c2
    }

    /// Compares two entries of the same name (either may be absent): trees recurse, files become changes.
    private func entries(_ a: RawTree?, _ x: RawTree.Entry?, _ b: RawTree?, _ y: RawTree.Entry?, path: String,
                         into found: inout [Change]) throws(SourceError) {
        let name: String
        if let a, let x { name = a.name(x) } else if let b, let y { name = b.name(y) } else { return }
        let child = path.isEmpty ? name : path + "/" + name
        let oldTree = x.flatMap { RawTree.isTree($0) ? a?.id($0) : nil }
        let newTree = y.flatMap { RawTree.isTree($0) ? b?.id($0) : nil }
        if oldTree != nil || newTree != nil {
            try compare(oldTree, newTree, path: child, into: &found)
        }
        let oldFile = x.flatMap { RawTree.isFile($0) ? a?.id($0) : nil }
        let newFile = y.flatMap { RawTree.isFile($0) ? b?.id($0) : nil }
        guard oldFile != nil || newFile != nil, Self.isMarkdown(child) else { return }
        if let oldFile, let newFile, oldFile.same(as: newFile) { return }
        found.append(Change(old: oldFile.map { Side(path: child, oid: $0) }, new: newFile.map { Side(path: child, oid: $0) }))
    }

    /// The compiler reads `*.md` files, in any case.
    static func isMarkdown(_ path: String) -> Bool {
        let tail = path.utf8.suffix(3)
        guard tail.count == 3 else { return false }
        let bytes = Array(tail)
        return bytes[0] == 0x2E && (bytes[1] | 0x20) == 0x6D && (bytes[2] | 0x20) == 0x64
    }
}
