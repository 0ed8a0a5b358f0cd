import CGit2

/// The commits reachable from a start and from none of the hidden ones, read through an
/// `ObjectReader` (so the packs are mapped once, not once more by libgit2), parents before
/// children and otherwise oldest first (by committer time, like `git log --topo-order
/// --date-order --reverse`). The commits `.git/shallow` records are roots; any other parent
/// that cannot be read is an error naming it, never a quietly shorter history.
struct CommitGraph {
    /// The commits in order.
    private(set) var order: [git_oid] = []
    /// Each commit read, by id.
    private(set) var commits: [ObjectKey: RawCommit] = [:]

    init(from start: git_oid, hiding: [git_oid] = [], reader: ObjectReader) throws(SourceError) {
        var ids: [ObjectKey: git_oid] = [:]
        var discovered: [ObjectKey] = []
        func read(_ oid: git_oid, child: git_oid?) throws(SourceError) -> RawCommit {
            do { return try reader.commit(oid) } catch {
                guard let child else { throw SourceError("cannot read commit \(GitObjectID.hex(oid)): \(error.message)") }
                throw SourceError("cannot read commit \(GitObjectID.hex(oid)), parent of \(GitObjectID.hex(child)): \(error.message)")
            }
        }
        _ = try read(start, child: nil)
        if hiding.isEmpty {
            var pending: [(oid: git_oid, child: git_oid?)] = [(start, nil)]
            while let (oid, child) = pending.popLast() {
                let key = ObjectKey(oid)
                guard ids[key] == nil else { continue }
                let commit = try read(oid, child: child)
                ids[key] = oid
                discovered.append(key)
                commits[key] = commit
                pending += commit.parents.map { ($0, oid) }
            }
        } else {
            for (key, oid, commit) in try Self.paint(from: start, hiding: hiding, read: read) {
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
                                  read: (git_oid, git_oid?) throws(SourceError) -> RawCommit) throws(SourceError) -> [(ObjectKey, git_oid, RawCommit)] {
        var commits: [ObjectKey: RawCommit] = [:]
        var ids: [ObjectKey: git_oid] = [:]
        var hidden = Set<ObjectKey>()
        var popped = Set<ObjectKey>()
        var queue = TimeHeap(newestFirst: true)
        var visible: [ObjectKey] = []
        // Commits queued and not hidden: while there are any, the walk is not done.
        var pendingVisible = 0

        /// `child` nil for the ends the caller named; a hidden one that cannot be read (a commit
        /// of a rewritten history, remembered by a cache) is ignored.
        func enqueue(_ oid: git_oid, hide: Bool, child: git_oid?) throws(SourceError) {
            let key = ObjectKey(oid)
            if ids[key] == nil {
                let commit: RawCommit
                if hide, child == nil {
                    guard let found = try? read(oid, nil) else { return }
                    commit = found
                } else {
                    commit = try read(oid, child)
                }
                ids[key] = oid
                commits[key] = commit
                queue.push(commit.time, key)
                if hide { hidden.insert(key) } else { pendingVisible += 1 }
                return
            }
            guard hide, hidden.insert(key).inserted else { return }
            if !popped.contains(key) {
                pendingVisible -= 1
            } else {
                // Found hidden after it was walked (clocks out of order): hide what it led to as well.
                for parent in commits[key]?.parents ?? [] { try enqueue(parent, hide: true, child: oid) }
            }
        }

        for oid in hiding { try enqueue(oid, hide: true, child: nil) }
        try enqueue(start, hide: false, child: nil)
        while pendingVisible > 0, let key = queue.pop() {
            popped.insert(key)
            let isHidden = hidden.contains(key)
            if !isHidden {
                pendingVisible -= 1
                visible.append(key)
            }
            for parent in commits[key]?.parents ?? [] {
                if let oid = ids[key] { try enqueue(parent, hide: isHidden, child: oid) }
            }
        }
        return visible.filter { !hidden.contains($0) }.compactMap { key in
            guard let oid = ids[key], let commit = commits[key] else { return nil }
            return (key, oid, commit)
        }
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
