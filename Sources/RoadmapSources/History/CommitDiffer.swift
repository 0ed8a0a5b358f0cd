import CGit2

/// Turns commits into their roadmap changes, with one object reader and one tree cache.
/// A merge is compared with its first parent, keeping only what no other parent already had.
struct CommitDiffer {
    let cache: TreeCache
    let rootComponents: [String]
    let folders: [String]

    /// Commits already read by the walk.
    let known: [ObjectKey: RawCommit]

    init(reader: ObjectReader, known: [ObjectKey: RawCommit] = [:], rootPrefix: String, folders: [String]) {
        cache = TreeCache(reader: reader)
        self.known = known
        rootComponents = rootPrefix.split(separator: "/").map(String.init)
        self.folders = folders
    }

    func changes(of oid: git_oid) throws(SourceError) -> CommitChanges {
        let read = try CommitReader(objects: cache.reader, known: known).read(oid)
        let diff = TreeDiff(cache: cache, rootComponents: rootComponents)
        var raw = try diff.changes(old: read.parentTrees.first, new: read.tree, folders: folders)
        if read.parentTrees.count > 1 {
            let others = Array(read.parentTrees.dropFirst())
            var kept: [TreeDiff.Change] = []
            for change in raw where try !anyParentHas(others, change) { kept.append(change) }
            raw = kept
        }
        return CommitChanges(commit: read.commit, changes: Self.pairExactRenames(raw))
    }

    /// Whether another parent of a merge already had the merge's version of the path.
    private func anyParentHas(_ parents: [git_oid], _ change: TreeDiff.Change) throws(SourceError) -> Bool {
        guard let path = change.new?.path ?? change.old?.path else { return false }
        let components = rootComponents + path.split(separator: "/").map(String.init)
        for parent in parents {
            let entry = try cache.entryID(in: parent, at: components)
            let file = entry?.isTree == false ? entry?.oid : nil
            switch (file, change.new) {
            case let (had?, now?) where had.same(as: now.oid): return true
            case (nil, nil): return true
            default: continue
            }
        }
        return false
    }

    /// Pairs a deleted and an added file with the same content into a rename; sorts by path.
    static func pairExactRenames(_ raw: [TreeDiff.Change]) -> [BlobChange] {
        var added: [ObjectKey: [Int]] = [:]
        for (index, change) in raw.enumerated() where change.old == nil {
            if let new = change.new { added[ObjectKey(new.oid), default: []].append(index) }
        }
        var taken = Set<Int>()
        var result: [BlobChange] = []
        for change in raw {
            guard let old = change.old else { continue }
            if change.new == nil, var candidates = added[ObjectKey(old.oid)], !candidates.isEmpty {
                let match = candidates.removeFirst()
                added[ObjectKey(old.oid)] = candidates
                taken.insert(match)
                let new = raw[match].new
                result.append(BlobChange(oldPath: old.path, newPath: new?.path,
                                         oldBlob: GitObjectID.hex(old.oid), newBlob: new.map { GitObjectID.hex($0.oid) }))
                continue
            }
            result.append(BlobChange(oldPath: old.path, newPath: change.new?.path, oldBlob: GitObjectID.hex(old.oid),
                                     newBlob: change.new.map { GitObjectID.hex($0.oid) }))
        }
        for (index, change) in raw.enumerated() where change.old == nil && !taken.contains(index) {
            guard let new = change.new else { continue }
            result.append(BlobChange(oldPath: nil, newPath: new.path, oldBlob: nil, newBlob: GitObjectID.hex(new.oid)))
        }
        result.sort { RelativePath.precedes($0.newPath ?? $0.oldPath ?? "", $1.newPath ?? $1.oldPath ?? "") }
        return result
    }
}
