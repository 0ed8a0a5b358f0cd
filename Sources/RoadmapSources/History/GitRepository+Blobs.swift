import CGit2

extension GitRepository {
    /// The bytes of the blob with the full hex id `id`, straight from the object database.
    public func blob(_ id: String) throws(SourceError) -> [UInt8] {
        guard let oid = GitObjectID.parse(id) else { throw SourceError("invalid object id '\(id)'") }
        return try readBlob(oid)
    }
}

extension GitRepository {
    /// The id of the commit `HEAD` points to; nil in a repository without commits yet.
    public var headCommitID: String? {
        withHandle { (repo: OpaquePointer) -> String? in
            var oid = git_oid()
            guard git_reference_name_to_id(&oid, repo, "HEAD") == 0 else { return nil }
            return GitObjectID.hex(oid)
        }
    }
}
