import CGit2

/// Raw object reads straight from the object database: no checkout, no filters, no object cache
/// growth (the odb hands back owned copies that are freed at once).
///
/// The `…Locked` forms take the handle given by `withHandle`, for callers already holding the lock.
extension GitRepository {
    /// The bytes of a blob, through the project's pack reader (see `BlobReaderPool`).
    func readBlob(_ oid: git_oid) throws(SourceError) -> [UInt8] {
        try blobReaders.read(oid, in: self)
    }

    /// Size in bytes of a blob, from the object header: loose objects are not inflated whole.
    func blobSizeLocked(_ repo: OpaquePointer, _ oid: git_oid) throws(SourceError) -> Int {
        try withOdb(repo) { (odb: OpaquePointer) throws(SourceError) -> Int in
            var id = oid
            var size = 0
            var type = GIT_OBJECT_ANY
            try LibGit2.check(git_odb_read_header(&size, &type, odb, &id), "cannot read object \(GitObjectID.hex(oid))")
            return size
        }
    }

    /// The bytes of a blob.
    func readBlobLocked(_ repo: OpaquePointer, _ oid: git_oid) throws(SourceError) -> [UInt8] {
        try withOdb(repo) { (odb: OpaquePointer) throws(SourceError) -> [UInt8] in
            var id = oid
            var object: OpaquePointer?
            try LibGit2.check(git_odb_read(&object, odb, &id), "cannot read object \(GitObjectID.hex(oid))")
            guard let object else { throw SourceError("cannot read object \(GitObjectID.hex(oid))") }
            defer { git_odb_object_free(object) }
            guard git_odb_object_type(object) == GIT_OBJECT_BLOB else {
                throw SourceError("object \(GitObjectID.hex(oid)) is not a file")
            }
            let size = git_odb_object_size(object)
            guard size > 0, let data = git_odb_object_data(object) else { return [] }
            return Array(UnsafeRawBufferPointer(start: data, count: size))
        }
    }

    private func withOdb<T>(_ repo: OpaquePointer, _ body: (OpaquePointer) throws(SourceError) -> T) throws(SourceError) -> T {
        var odb: OpaquePointer?
        try LibGit2.check(git_repository_odb(&odb, repo), "cannot open the object database of \(displayPath)")
        guard let odb else { throw SourceError("cannot open the object database of \(displayPath)") }
        defer { git_odb_free(odb) }
        return try body(odb)
    }
}
