/// Reads file contents by blob id for one thread at a time, fast when the blobs are asked for
/// in history order (see `ObjectReader`). Make one per thread.
public final class BlobReader: @unchecked Sendable {
    private let reader: ObjectReader

    /// A reader with its own handle on `repository`.
    public init(repository: GitRepository) throws(SourceError) {
        reader = try ObjectReader(repository: repository)
    }

    /// The bytes of the blob with the full hex id `id`.
    public func blob(_ id: String) throws(SourceError) -> [UInt8] {
        guard let oid = GitObjectID.parse(id) else { throw SourceError("invalid object id '\(id)'") }
        let object = try reader.read(oid)
        guard object.type == .blob else { throw SourceError("object \(id) is not a file") }
        return object.bytes
    }
}
