import Foundation
import RoadmapCore

/// The analyses of a long-lived session, in memory, one per file path, with their Markdown (so a
/// site can be rendered from them).
///
/// A file is not read again when the source's stat data and size are those of the bytes
/// analysed, unless it was named as changed (`invalidate`). Stat data can lie for a file written
/// again within the file system's timestamp granularity of being read (git calls such entries
/// "racily clean"), so a file modified less than `racyWindow` before it was read is always read
/// again and its content compared. Holds one entry per file of the roadmap: memory stays flat
/// however many edits a session sees.
public final class MemoryAnalysisStore: AnalysisStore, @unchecked Sendable {
    private struct Entry {
        var kind: ItemKind
        var size: Int
        var stamp: FileStamp?
        /// Whether `stamp` alone can vouch for the bytes (see the racy window).
        var stampTrusted: Bool
        var digest: UInt64
        /// Boxed: an entry is copied on every lookup, and a bare analysis copies field by field.
        var held: Held
        var analysis: FileAnalysis { held.analysis }
        /// The compile that last used it: those of files that are gone are dropped after a compile.
        var generation: Int

        init(kind: ItemKind, size: Int, stamp: FileStamp?, stampTrusted: Bool, digest: UInt64, analysis: FileAnalysis, generation: Int) {
            (self.kind, self.size, self.stamp, self.stampTrusted, self.digest) = (kind, size, stamp, stampTrusted, digest)
            held = Held(analysis)
            self.generation = generation
        }
    }

    private final class Held: @unchecked Sendable {
        let analysis: FileAnalysis
        init(_ analysis: FileAnalysis) { self.analysis = analysis }
    }

    /// Two seconds: wider than any file system's timestamp granularity that matters here.
    static let racyWindow: Int64 = 2_000_000_000

    private var entries: [String: Entry] = [:]
    private var generation = 0
    /// How many entries this compile used; when all were, none is dropped and nothing is rebuilt.
    private var used = 0
    private var invalid: Set<String> = []
    private var fingerprint: String?
    private let lock = NSLock()
    private let now: @Sendable () -> Int64

    /// `now`: the wall clock in nanoseconds since 1970, the clock file times are written in.
    public init(now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1_000_000_000) }) {
        self.now = now
    }

    /// The files to read again on the next compile whatever their stat data say.
    public func invalidate(_ paths: some Sequence<String>) {
        lock.lock(); defer { lock.unlock() }
        invalid.formUnion(paths)
    }

    /// How many files' analyses are held.
    public var count: Int {
        lock.lock(); defer { lock.unlock() }
        return entries.count
    }

    /// How many analyses the last compile reused, and how many it made.
    public private(set) var reused = 0
    public private(set) var analysed = 0

    public func begin(fingerprint: String) {
        lock.lock(); defer { lock.unlock() }
        if fingerprint != self.fingerprint { entries = [:] }
        self.fingerprint = fingerprint
        generation += 1
        used = 0
        reused = 0
        analysed = 0
    }

    public func lookup(_ entry: SourceEntry, kind: ItemKind) -> StoredAnalysis? {
        lock.lock(); defer { lock.unlock() }
        guard invalid.isEmpty || !invalid.contains(entry.path), let at = entries.index(forKey: entry.path) else { return nil }
        let known = entries.values[at]
        guard known.kind == kind, known.stampTrusted, let stamp = entry.stamp, known.stamp == stamp,
              known.size == entry.size else { return nil }
        if known.generation != generation { used += 1 }
        entries.values[at].generation = generation
        reused += 1
        return StoredAnalysis(known.analysis)
    }

    public func lookup(_ entry: SourceEntry, kind: ItemKind, bytes: [UInt8]) -> StoredAnalysis? {
        // Nothing of this kind and size is known at this path (every file of a first compile):
        // its bytes need not be hashed here, only once when stored.
        let candidate = lock.withLock { entries[entry.path].map { $0.kind == kind && $0.size == bytes.count } ?? false }
        guard candidate else { return nil }
        let digest = StableHash.checksum(bytes[...])
        lock.lock(); defer { lock.unlock() }
        guard let known = entries[entry.path], known.kind == kind, known.digest == digest, known.size == bytes.count else { return nil }
        if known.generation != generation { used += 1 }
        entries[entry.path] = Entry(kind: kind, size: bytes.count, stamp: entry.stamp, stampTrusted: trusts(entry.stamp),
                                    digest: digest, analysis: known.analysis, generation: generation)
        reused += 1
        return StoredAnalysis(known.analysis)
    }

    public func store(_ entry: SourceEntry, kind: ItemKind, bytes: [UInt8], analysis: StoredAnalysis) {
        let digest = StableHash.checksum(bytes[...])
        // The text stays too: diagnostics quote it, and reading thousands of warned-about files
        // again on every compile would cost more than the memory.
        let kept = analysis.analysis
        lock.lock(); defer { lock.unlock() }
        if entries[entry.path]?.generation != generation { used += 1 }
        entries[entry.path] = Entry(kind: kind, size: bytes.count, stamp: entry.stamp, stampTrusted: trusts(entry.stamp),
                                    digest: digest, analysis: kept, generation: generation)
        analysed += 1
    }

    public func finish(fingerprint: String) {
        lock.lock(); defer { lock.unlock() }
        let current = generation
        if used != entries.count { entries = entries.filter { $0.value.generation == current } }
        invalid = []
    }

    /// A stamp vouches for bytes read now only when the file was last modified well before now.
    private func trusts(_ stamp: FileStamp?) -> Bool {
        guard let stamp else { return false }
        return max(stamp.modifiedNanoseconds, stamp.changedNanoseconds) < now() - Self.racyWindow
    }
}
