import CGit2
import Foundation

/// Reads git objects for one thread at a time: straight from the repository's pack files,
/// keeping recently rebuilt objects so that a chain of deltas read in history order costs one
/// step per object, and through libgit2 for loose objects.
///
/// libgit2 1.5 keeps only the bottom of a delta chain in its cache and rebuilds every object
/// from there: in a pack whose chains are fifty deep that is fifty inflations per tree or file
/// version, which made mining a long history about twenty times slower than `git log`.
package final class ObjectReader {
    private let packs: [PackFile]
    private let objectFolders: [String]
    private let refused: [PackFile.Refused]
    /// Indexes that are not well-formed version-2 indexes: their packs are read by no one.
    private let unparsedIndexes: [String]
    /// Every index file the reader has looked at, so that packs written later can be told apart.
    private var knownIndexes: Set<String>
    /// libgit2's database of loose objects (and of packs written since), made on first need.
    private var database: OpaquePointer?
    private var cache: ObjectCache
    private let inflater = Inflater()
    /// Entries whose CRC-32 was checked: each is checked once however often it is rebuilt.
    private var intact = Set<ObjectCache.Key>()
    /// How many objects libgit2 read instead of the packs (loose objects, damaged entries).
    private(set) var readByLibGit2 = 0

    /// The commits whose parents a shallow clone cut off (see `PackSet.shallow`).
    let shallow: Set<ObjectKey>

    /// The longest chain of deltas followed before an entry counts as damaged (git writes at
    /// most 4095; a chain of REF_DELTA entries naming each other would otherwise never end).
    static let longestChain = 10_000

    /// A reader over `packs` (by default those of `repository`), reading loose objects through
    /// libgit2, keeping up to `budget` bytes of rebuilt objects.
    package init(repository: GitRepository, packs: PackSet? = nil, budget: Int = 24 << 20) throws(SourceError) {
        let set = packs ?? PackSet(repository: repository)
        self.packs = set.packs
        objectFolders = set.objectFolders
        refused = set.refused
        unparsedIndexes = set.unparsedIndexes
        knownIndexes = set.indexPaths
        shallow = set.shallow
        cache = ObjectCache(budget: budget)
    }

    /// The pack and offset where `oid` is stored; nil when it is not in a pack.
    func place(_ oid: git_oid) -> (Int, Int)? {
        for (number, pack) in packs.enumerated() {
            if let offset = pack.index.offset(of: oid) { return (number, offset) }
        }
        return nil
    }

    /// The object `oid`, whole. An object rebuilt from the packs is returned only when every
    /// entry it was rebuilt from has the CRC-32 its index records (and the pack is the one the
    /// index was written for), as `git index-pack --verify` checks a pack. Objects outside the
    /// packs are read by libgit2, which hashes each. One whose every packed copy is damaged is an
    /// error naming it and the pack, unless a loose copy exists: libgit2 would allocate whatever
    /// size the damaged entry declares. Hashing every rebuilt object instead (what libgit2 does,
    /// with its collision-detecting SHA-1) took 39% of mining a 10,000-PRD, 20,000-commit history:
    /// 8.2 s against 4.6 s with the CRC-32 checks.
    package func read(_ oid: git_oid) throws(SourceError) -> GitObjectData {
        var damaged: (pack: Int, offset: Int)?
        for (number, pack) in packs.enumerated() {
            guard let offset = pack.index.offset(of: oid) else { continue }
            if let object = try unpack(pack: number, offset: offset) { return object }
            damaged = damaged ?? (number, offset)
        }
        if let damaged, !hasLooseCopy(oid) {
            throw SourceError("cannot read object \(GitObjectID.hex(oid)): its entry at offset \(damaged.offset) of \(packs[damaged.pack].path) is damaged")
        }
        if damaged == nil, let pack = refused.first(where: { $0.index.offset(of: oid) != nil }), !hasLooseCopy(oid) {
            throw SourceError("cannot read object \(GitObjectID.hex(oid)): \(pack.reason)")
        }
        return try readThroughLibGit2(oid)
    }

    private func hasLooseCopy(_ oid: git_oid) -> Bool {
        let hex = GitObjectID.hex(oid)
        return objectFolders.contains { FileManager.default.fileExists(atPath: $0 + "/" + hex.prefix(2) + "/" + hex.dropFirst(2)) }
    }

    /// The commit `oid`, without parents when `.git/shallow` records it as the cut of a shallow
    /// clone (as git shows it, even where the parents happen to be present).
    func commit(_ oid: git_oid) throws(SourceError) -> RawCommit {
        let object = try read(oid)
        guard object.type == .commit, let commit = RawCommit(object.bytes) else {
            throw SourceError("object \(GitObjectID.hex(oid)) is not a commit")
        }
        return shallow.contains(ObjectKey(oid)) ? commit.withoutParents() : commit
    }

    /// Whether the packed entry `key` has its recorded CRC-32 (checked once per reader).
    private func isIntact(_ key: ObjectCache.Key) -> Bool {
        if intact.contains(key) { return true }
        guard packs[key.pack].entryIsIntact(at: key.offset) else { return false }
        intact.insert(key)
        return true
    }

    /// Whether `object` is the object whose id is `oid`: the SHA-1 of `<type> <size>\0<bytes>`.
    package static func hashes(_ object: GitObjectData, to oid: git_oid) -> Bool {
        var computed = git_oid()
        let type: git_object_t = switch object.type {
        case .commit: GIT_OBJECT_COMMIT
        case .tree: GIT_OBJECT_TREE
        case .blob: GIT_OBJECT_BLOB
        case .tag: GIT_OBJECT_TAG
        }
        let status = object.bytes.withUnsafeBytes { git_odb_hash(&computed, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), $0.count, type) }
        return status == 0 && computed.same(as: oid)
    }

    /// The entry at `offset` of pack `number`, rebuilding deltas from the nearest cached or
    /// whole object, following both kinds of delta in one bounded loop; nil when the pack looks
    /// damaged there.
    private func unpack(pack number: Int, offset: Int) throws(SourceError) -> GitObjectData? {
        var chain: [(key: ObjectCache.Key, start: Int, size: Int)] = []
        var key = ObjectCache.Key(pack: number, offset: offset)
        var object: GitObjectData
        while true {
            if let hit = cache[key] { object = hit; break }
            let pack = packs[key.pack]
            guard chain.count < Self.longestChain, let entry = pack.entry(at: key.offset) else { return nil }
            switch entry {
            case let .whole(type, start, size):
                guard isIntact(key), let bytes = inflater.inflate(pack.compressed(from: start), size: size) else { return nil }
                object = GitObjectData(type: type, bytes: bytes)
                cache.store(key, object)
            case let .offsetDelta(base, start, size):
                chain.append((key, start, size))
                key = ObjectCache.Key(pack: key.pack, offset: base)
                continue
            case let .referenceDelta(base, start, size):
                chain.append((key, start, size))
                if let (basePack, baseOffset) = place(base) {
                    key = ObjectCache.Key(pack: basePack, offset: baseOffset)
                    continue
                }
                // A base outside the packs (a loose object): libgit2 reads and checks it.
                object = try readThroughLibGit2(base)
            }
            break
        }
        for link in chain.reversed() {
            guard isIntact(link.key), let delta = inflater.inflate(packs[link.key.pack].compressed(from: link.start), size: link.size),
                  let bytes = DeltaPatch.apply(delta, to: object.bytes) else { return nil }
            object = GitObjectData(type: object.type, bytes: bytes)
            cache.store(link.key, object)
        }
        return object
    }

    /// libgit2 reads loose objects only, from the same object folders (alternates too): every
    /// packed object is the pack reader's, read or reported damaged. Handing it packs the reader
    /// could not parse would let libgit2 1.5 read whatever a malformed index points at: a crash,
    /// found by `scripts/fuzz.sh pack`, not an error. Packs that appear while reading (a
    /// `git gc` packing loose objects) are added once checked as the reader checks its own.
    private func readThroughLibGit2(_ oid: git_oid) throws(SourceError) -> GitObjectData {
        readByLibGit2 += 1
        let odb = try looseDatabase()
        var id = oid
        var raw: OpaquePointer?
        var status = git_odb_read(&raw, odb, &id)
        if status == GIT_ENOTFOUND.rawValue, try addNewPacks(to: odb) > 0 { status = git_odb_read(&raw, odb, &id) }
        if status == GIT_ENOTFOUND.rawValue, let unparsed = unparsedIndexes.first {
            throw SourceError("cannot read object \(GitObjectID.hex(oid)): it is in no pack the reader can read, and \(unparsed) is not a version-2 pack index (git has written version 2 since 2007; `git index-pack` on its pack writes one)")
        }
        try LibGit2.check(status, "cannot read object \(GitObjectID.hex(oid))")
        guard let raw else { throw SourceError("cannot read object \(GitObjectID.hex(oid))") }
        defer { git_odb_object_free(raw) }
        guard let type = GitObjectType(rawValue: UInt8(truncatingIfNeeded: git_odb_object_type(raw).rawValue)) else {
            throw SourceError("object \(GitObjectID.hex(oid)) has an unknown type")
        }
        let size = git_odb_object_size(raw)
        guard size > 0, let data = git_odb_object_data(raw) else { return GitObjectData(type: type, bytes: []) }
        return GitObjectData(type: type, bytes: Array(UnsafeRawBufferPointer(start: data, count: size)))
    }

    /// The loose objects of every object folder, opened once per reader.
    private func looseDatabase() throws(SourceError) -> OpaquePointer {
        if let database { return database }
        var odb: OpaquePointer?
        try LibGit2.check(git_odb_new(&odb), "cannot open the object database")
        guard let odb else { throw SourceError("cannot open the object database") }
        database = odb
        for (position, folder) in objectFolders.enumerated() {
            var backend: OpaquePointer?
            try LibGit2.check(git_odb_backend_loose(&backend, folder, -1, 0, 0, 0), "cannot open the loose objects of \(folder)")
            // Earlier folders first, as git searches them; the database owns the backend from here.
            try LibGit2.check(git_odb_add_backend(odb, backend, Int32(objectFolders.count - position)), "cannot open the loose objects of \(folder)")
        }
        return odb
    }

    /// Packs written since the reader listed them, that are sound, added to `odb`; how many.
    private func addNewPacks(to odb: OpaquePointer) throws(SourceError) -> Int {
        var added = 0
        for objects in objectFolders {
            let folder = objects + "/pack"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where name.hasSuffix(".idx") && !knownIndexes.contains(folder + "/" + name) {
                knownIndexes.insert(folder + "/" + name)
                guard case .sound = PackFile.open(indexPath: folder + "/" + name) else { continue }
                var backend: OpaquePointer?
                try LibGit2.check(git_odb_backend_one_pack(&backend, folder + "/" + name), "cannot open \(folder)/\(name)")
                try LibGit2.check(git_odb_add_backend(odb, backend, 0), "cannot open \(folder)/\(name)")
                added += 1
            }
        }
        return added
    }

    deinit {
        if let database { git_odb_free(database) }
    }
}
