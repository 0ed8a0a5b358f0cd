import CGit2
import Foundation

/// The repository's packs, mapped once for every reader of the process (each mapping of a pack
/// counts its touched pages again in the resident size), and blob reads by id for any number of
/// threads: each read borrows a `BlobReader` (made on first
/// need, all sharing one mapping of the repository's packs) and gives it back, so the deltas a
/// reader rebuilt serve the next read. Through libgit2 1.5, which rebuilds every delta chain from
/// its bottom and reads under the repository's one lock, compiling the roadmap at HEAD of a
/// generated 10,000-PRD, 20,000-commit history took 2.4 s of the 5.9 s `roadmap log` needed.
final class BlobReaderPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [BlobReader] = []
    private var packs: PackSet?

    /// The packs as mapped for earlier readers, or mapped again when the pack folder changed.
    func packs(of repository: GitRepository) -> PackSet {
        lock.withLock { current(repository) }
    }

    private func current(_ repository: GitRepository) -> PackSet {
        if let packs, packs.isCurrent() { return packs }
        let set = PackSet(repository: repository)
        packs = set
        idle = []
        return set
    }

    func read(_ oid: git_oid, in repository: GitRepository) throws(SourceError) -> [UInt8] {
        let reader = try borrow(repository)
        defer { lock.withLock { idle.append(reader) } }
        return try reader.blob(oid)
    }

    private func borrow(_ repository: GitRepository) throws(SourceError) -> BlobReader {
        enum Found { case idle(BlobReader), packs(PackSet) }
        // The folder is listed only when no reader is idle, so reads do not list it each time.
        let found: Found = lock.withLock {
            if let reader = idle.popLast() { return .idle(reader) }
            return .packs(current(repository))
        }
        switch found {
        case .idle(let reader): return reader
        case .packs(let packs): return try BlobReader(repository: repository, packs: packs)
        }
    }
}
