import Foundation
import RoadmapCore

/// Per-file analyses kept between runs, keyed by the file's git blob id, so a second check
/// re-parses only what changed.
///
/// The file is trusted only when its magic, format version, checksum and fingerprint (tool
/// version and every setting of roadmap.yml) all match; otherwise it is ignored and rewritten.
/// Entries cannot go stale: a changed file has a new blob id. Removing the file changes nothing
/// but speed.
public final class AnalysisCache: AnalysisStore, @unchecked Sendable {
    package static let magic = Array("RMCACHE".utf8)
    package static let formatVersion = 8

    public let file: String
    private var entries: [String: FileAnalysis] = [:]
    /// Keys of loaded entries looked up in this run, and entries analysed in this run.
    private var used: Set<String> = []
    private var fresh: [String: FileAnalysis] = [:]
    private let lock = NSLock()
    /// What this run's entries were analysed under (`begin`).
    private var runFingerprint: String?

    /// Opens the cache at `file` (a missing or corrupt file gives an empty cache).
    public init(file: String) {
        self.file = file
    }

    /// Loads the entries valid for `fingerprint`. Returns whether a usable cache was found.
    @discardableResult
    package func load(fingerprint: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: file) else { return false }
        let bytes = [UInt8](data)
        guard bytes.count > Self.magic.count + 9, Array(bytes.prefix(Self.magic.count)) == Self.magic else { return false }
        var reader = BinaryReader(bytes, offset: Self.magic.count)
        do {
            guard try reader.int() == Self.formatVersion else { return false }
            let checksum = try reader.uint64()
            guard checksum == StableHash.checksum(bytes[reader.offset...]) else { return false }
            guard try reader.string() == fingerprint else { return false }
            let count = try reader.count()
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let key = try reader.string()
                entries[key] = try reader.analysis()
            }
            return reader.isAtEnd
        } catch {
            entries = [:]
            return false
        }
    }

    public func begin(fingerprint: String) {
        lock.withLock { runFingerprint = fingerprint }
        load(fingerprint: fingerprint)
    }

    public func finish(fingerprint: String) { save(fingerprint: fingerprint) }

    public func lookup(_ entry: SourceEntry, kind: ItemKind) -> StoredAnalysis? {
        guard let blobID = entry.blobID else { return nil }
        return lookup(Self.key(path: entry.path, kind: kind, blobID: blobID)).map(StoredAnalysis.init)
    }

    /// Only blob ids are trusted here: hashing bytes as git does would cost what analysing saves.
    public func lookup(_ entry: SourceEntry, kind: ItemKind, bytes: [UInt8]) -> StoredAnalysis? { nil }

    public func store(_ entry: SourceEntry, kind: ItemKind, bytes: [UInt8], analysis: StoredAnalysis) {
        guard let blobID = entry.blobID else { return }
        store(Self.key(path: entry.path, kind: kind, blobID: blobID), analysis.analysis)
    }

    static func key(path: String, kind: ItemKind, blobID: String) -> String {
        "\(blobID) \(kind == .feature ? "f" : "o") \(path)"
    }

    /// The entries this run loaded and made, for a second compile in the same run (the hook's
    /// compile of HEAD, for `transitions`, shares all but the staged files with the index): it
    /// neither reads the file again nor rewrites it, so the first compile's entries are kept.
    public var lookupOnly: any AnalysisStore { LookupOnly(cache: self) }

    private final class LookupOnly: AnalysisStore, @unchecked Sendable {
        let cache: AnalysisCache
        /// A compile under other settings (HEAD's roadmap.yml differs) finds nothing.
        private var matches = false
        init(cache: AnalysisCache) { self.cache = cache }
        func begin(fingerprint: String) { matches = cache.lock.withLock { cache.runFingerprint == fingerprint } }
        func finish(fingerprint: String) {}
        func lookup(_ entry: SourceEntry, kind: ItemKind) -> StoredAnalysis? {
            guard matches, let blobID = entry.blobID else { return nil }
            return cache.peek(AnalysisCache.key(path: entry.path, kind: kind, blobID: blobID)).map(StoredAnalysis.init)
        }
        func lookup(_ entry: SourceEntry, kind: ItemKind, bytes: [UInt8]) -> StoredAnalysis? { nil }
        func store(_ entry: SourceEntry, kind: ItemKind, bytes: [UInt8], analysis: StoredAnalysis) {}
    }

    /// An entry loaded or made in this run, without counting it as used.
    private func peek(_ key: String) -> FileAnalysis? {
        lock.withLock { fresh[key] ?? entries[key] }
    }

    func lookup(_ key: String) -> FileAnalysis? {
        lock.lock(); defer { lock.unlock() }
        guard let hit = entries[key] else { return nil }
        used.insert(key)
        return hit
    }

    func store(_ key: String, _ analysis: FileAnalysis) {
        lock.lock(); defer { lock.unlock() }
        var kept = analysis
        kept.text = nil
        if case .feature(var draft) = kept.item { draft.feature.body.markdown = ""; kept.item = .feature(draft) }
        if case .objective(var draft) = kept.item { draft.objective.body.markdown = ""; kept.item = .objective(draft) }
        fresh[key] = kept
    }

    /// Writes the entries used in this run (so deleted files fall out) when anything changed.
    /// Written to a temporary file and renamed, so a crash never leaves a half-written cache.
    func save(fingerprint: String) {
        guard !fresh.isEmpty || used.count != entries.count else { return }
        var payload = BinaryWriter()
        payload.string(fingerprint)
        let keys = used.union(fresh.keys).sorted()
        payload.int(keys.count)
        for key in keys {
            payload.string(key)
            payload.analysis(fresh[key] ?? entries[key]!)
        }
        var out = BinaryWriter()
        out.raw(Self.magic)
        out.int(Self.formatVersion)
        out.uint64(StableHash.checksum(payload.bytes[...]))
        out.raw(payload.bytes)
        let folder = (file as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = file + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(out.bytes)) else { return }
        if rename(temporary, file) != 0 { unlink(temporary) }
    }
}
