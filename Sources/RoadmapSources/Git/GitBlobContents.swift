import CGit2

/// `contents(of:)` shared by the git-backed sources: read the entry's blob by id.
enum GitBlobContents {
    /// Reads the blob `entry.blobID` names; when the caller built the entry without one, finds
    /// it with `lookUp` first. Links have no contents: they are never followed.
    static func read(
        _ entry: SourceEntry, from repository: GitRepository, label: String,
        lookUp: (String) throws(SourceError) -> SourceEntry?
    ) throws(SourceError) -> [UInt8] {
        var known = entry
        if known.blobID == nil {
            guard let found = try lookUp(entry.path) else { throw SourceError("no file \(entry.path) in \(label)") }
            known = found
        }
        if case .symlink = known.kind { throw SourceError("\(entry.path) in \(label) is a symbolic link") }
        guard let hex = known.blobID, let oid = GitObjectID.parse(hex) else {
            throw SourceError("invalid object id for \(entry.path) in \(label)")
        }
        return try repository.readBlob(oid)
    }
}
