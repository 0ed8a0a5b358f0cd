import CGit2

/// Reads file contents by blob id for one thread at a time, fast when the blobs are asked for
/// in history order (see `ObjectReader`). Make one per thread.
public final class BlobReader: @unchecked Sendable {
    private let reader: ObjectReader

    /// A reader with its own handle on `repository`.
    public convenience init(repository: GitRepository) throws(SourceError) {
        try self.init(ObjectReader(repository: repository))
    }

    private init(_ reader: ObjectReader) { self.reader = reader }

    /// A reader over packs mapped once for several readers.
    convenience init(repository: GitRepository, packs: PackSet) throws(SourceError) {
        try self.init(ObjectReader(repository: repository, packs: packs, budget: 8 << 20))
    }

    /// `count` readers for as many threads, sharing one mapping of the repository's packs.
    public static func group(_ count: Int, repository: GitRepository) throws(SourceError) -> [BlobReader] {
        let packs = repository.blobReaders.packs(of: repository)
        var readers: [BlobReader] = []
        for _ in 0..<max(1, count) { readers.append(try BlobReader(repository: repository, packs: packs)) }
        return readers
    }

    /// The order in which to read `ids` (indices into it) so that reading is fastest: by place
    /// in the pack files, where the base of a delta is stored near it; ids outside the packs last.
    public func readingOrder(_ ids: [String]) -> [Int] {
        let places = ids.map { id in GitObjectID.parse(id).flatMap(reader.place) ?? (Int.max, 0) }
        return ids.indices.sorted { places[$0] < places[$1] }
    }

    /// The bytes of the blob with the full hex id `id`.
    public func blob(_ id: String) throws(SourceError) -> [UInt8] {
        guard let oid = GitObjectID.parse(id) else { throw SourceError("invalid object id '\(id)'") }
        return try blob(oid)
    }

    func blob(_ oid: git_oid) throws(SourceError) -> [UInt8] {
        let object = try reader.read(oid)
        guard object.type == .blob else { throw SourceError("object \(GitObjectID.hex(oid)) is not a file") }
        return object.bytes
    }
}
