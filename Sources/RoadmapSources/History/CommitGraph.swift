import CGit2

/// Every commit reachable from a start, read through an `ObjectReader` (so the packs are mapped
/// once, not once more by libgit2), parents before children and otherwise oldest first (by
/// committer time, like `git log --topo-order --date-order --reverse`). Missing parents (the edge
/// of a shallow clone) are left out.
struct CommitGraph {
    /// The commits in order.
    private(set) var order: [git_oid] = []
    /// Each commit read, by id.
    private(set) var commits: [ObjectKey: RawCommit] = [:]

    init(from start: git_oid, reader: ObjectReader) throws(SourceError) {
        var ids: [ObjectKey: git_oid] = [:]
        var discovered: [ObjectKey] = []
        var pending = [start]
        while let oid = pending.popLast() {
            let key = ObjectKey(oid)
            guard ids[key] == nil else { continue }
            guard let object = try? reader.read(oid), object.type == .commit, let commit = RawCommit(object.bytes) else {
                if ids.isEmpty { throw SourceError("cannot read commit \(GitObjectID.hex(oid))") }
                continue
            }
            ids[key] = oid
            discovered.append(key)
            commits[key] = commit
            pending += commit.parents
        }
        // Kahn's algorithm: a commit is ready once all its (present) parents are placed; among
        // the ready ones the oldest goes first.
        var waiting: [ObjectKey: Int] = [:]
        var children: [ObjectKey: [ObjectKey]] = [:]
        var ready = TimeHeap()
        // In discovery order, not the dictionary's (seeded per process): ties must break the same way every run.
        for key in discovered {
            guard let commit = commits[key] else { continue }
            let present = commit.parents.map(ObjectKey.init).filter { commits[$0] != nil }
            waiting[key] = Set(present).count
            for parent in Set(present) { children[parent, default: []].append(key) }
            if present.isEmpty { ready.push(commit.time, key) }
        }
        order.reserveCapacity(commits.count)
        while let key = ready.pop() {
            if let oid = ids[key] { order.append(oid) }
            for child in children[key] ?? [] {
                let left = (waiting[child] ?? 1) - 1
                waiting[child] = left
                if left == 0, let commit = commits[child] { ready.push(commit.time, child) }
            }
        }
    }
}

/// A min-heap of commits by time; ties by insertion, so the order is the same on every run.
private struct TimeHeap {
    private var items: [(time: Int64, serial: Int, key: ObjectKey)] = []
    private var serial = 0

    mutating func push(_ time: Int64, _ key: ObjectKey) {
        items.append((time, serial, key))
        serial += 1
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(i, parent) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> ObjectKey? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let left = 2 * i + 1, right = left + 1
            var smallest = i
            if left < items.count, less(left, smallest) { smallest = left }
            if right < items.count, less(right, smallest) { smallest = right }
            guard smallest != i else { break }
            items.swapAt(i, smallest)
            i = smallest
        }
        return top.key
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        (items[a].time, items[a].serial) < (items[b].time, items[b].serial)
    }
}
