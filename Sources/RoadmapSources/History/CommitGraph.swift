import CGit2

/// The commits reachable from a start and from none of the hidden ones, read through an
/// `ObjectReader` (so the packs are mapped once, not once more by libgit2), parents before
/// children and otherwise oldest first (by committer time, like `git log --topo-order
/// --date-order --reverse`). Missing parents (the edge of a shallow clone) are left out.
struct CommitGraph {
    /// The commits in order.
    private(set) var order: [git_oid] = []
    /// Each commit read, by id.
    private(set) var commits: [ObjectKey: RawCommit] = [:]

    init(from start: git_oid, hiding: [git_oid] = [], reader: ObjectReader) throws(SourceError) {
        var ids: [ObjectKey: git_oid] = [:]
        var discovered: [ObjectKey] = []
        func read(_ oid: git_oid) -> RawCommit? {
            guard let object = try? reader.read(oid), object.type == .commit else { return nil }
            return RawCommit(object.bytes)
        }
        guard read(start) != nil else { throw SourceError("cannot read commit \(GitObjectID.hex(start))") }
        if hiding.isEmpty {
            var pending = [start]
            while let oid = pending.popLast() {
                let key = ObjectKey(oid)
                guard ids[key] == nil, let commit = read(oid) else { continue }
                ids[key] = oid
                discovered.append(key)
                commits[key] = commit
                pending += commit.parents
            }
        } else {
            for (key, oid) in Self.paint(from: start, hiding: hiding, read: read) {
                guard let commit = read(oid) else { continue }
                ids[key] = oid
                discovered.append(key)
                commits[key] = commit
            }
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

extension CommitGraph {
    /// The commits reachable from `start` but not from `hiding`, found the way git does: walk
    /// newest first from both sides, marking what the hidden side reaches, and stop as soon as
    /// only hidden commits are left to walk. After one new commit that is two commits read,
    /// not the whole history.
    fileprivate static func paint(from start: git_oid, hiding: [git_oid],
                                  read: (git_oid) -> RawCommit?) -> [(ObjectKey, git_oid)] {
        var parents: [ObjectKey: [git_oid]] = [:]
        var ids: [ObjectKey: git_oid] = [:]
        var hidden = Set<ObjectKey>()
        var popped = Set<ObjectKey>()
        var queue = TimeHeap(newestFirst: true)
        var visible: [ObjectKey] = []
        // Commits queued and not hidden: while there are any, the walk is not done.
        var pendingVisible = 0

        func enqueue(_ oid: git_oid, hide: Bool) {
            let key = ObjectKey(oid)
            if ids[key] == nil {
                guard let commit = read(oid) else { return }
                ids[key] = oid
                parents[key] = commit.parents
                queue.push(commit.time, key)
                if hide { hidden.insert(key) } else { pendingVisible += 1 }
                return
            }
            guard hide, hidden.insert(key).inserted else { return }
            if !popped.contains(key) {
                pendingVisible -= 1
            } else {
                // Found hidden after it was walked (clocks out of order): hide what it led to as well.
                for parent in parents[key] ?? [] { enqueue(parent, hide: true) }
            }
        }

        for oid in hiding { enqueue(oid, hide: true) }
        enqueue(start, hide: false)
        while pendingVisible > 0, let key = queue.pop() {
            popped.insert(key)
            let isHidden = hidden.contains(key)
            if !isHidden {
                pendingVisible -= 1
                visible.append(key)
            }
            for parent in parents[key] ?? [] { enqueue(parent, hide: isHidden) }
        }
        return visible.filter { !hidden.contains($0) }.compactMap { key in ids[key].map { (key, $0) } }
    }
}

/// A heap of commits by time; ties by insertion, so the order is the same on every run.
private struct TimeHeap {
    private var items: [(time: Int64, serial: Int, key: ObjectKey)] = []
    private var serial = 0
    /// Pops the newest first instead of the oldest.
    private let newestFirst: Bool

    init(newestFirst: Bool = false) { self.newestFirst = newestFirst }

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
        newestFirst ? (items[a].time, -items[a].serial) > (items[b].time, -items[b].serial)
            : (items[a].time, items[a].serial) < (items[b].time, items[b].serial)
    }
}
