import CGit2

/// The roadmap as staged in the git index (what the next commit would contain), read from the
/// object database. The index is read once, at creation: later `git add`s are not seen.
///
/// During a merge conflict a path has no staged version; the source then shows "ours" (stage 2)
/// and lists the path in `conflictedPaths`, so the caller can warn. A path deleted on our side
/// of the conflict is absent.
public struct IndexSource: RoadmapSource {
    /// Always "index".
    public let label = "index"
    /// The repository whose index is read.
    public let repository: GitRepository
    /// Where the roadmap root sits in the repository ("" for the top), `/`-separated.
    public let rootPrefix: String
    /// Root-relative paths with unresolved merge conflicts, sorted.
    public var conflictedPaths: [String] { snapshot.conflictedPaths }
    private let snapshot: IndexSnapshot
    private let positions: [String: Int]

    /// Reads the index of `repository`, keeping the entries under `rootPrefix`.
    /// - Parameter indexFile: an index file other than the repository's own, as git names it in
    ///   `GIT_INDEX_FILE` while a hook of `git commit -a` or `git commit <paths>` runs.
    public init(repository: GitRepository, rootPrefix: String = "", indexFile: String? = nil) throws(SourceError) {
        guard let prefix = RelativePath.normalized(rootPrefix) else {
            throw SourceError("invalid roadmap folder '\(rootPrefix)' in \(repository.displayPath)")
        }
        self.repository = repository
        self.rootPrefix = prefix
        snapshot = try IndexSnapshot(repository: repository, rootPrefix: prefix, indexFile: indexFile)
        var positions: [String: Int] = [:]
        for (position, record) in snapshot.records.enumerated() { positions[record.path] = position }
        self.positions = positions
    }

    /// Every staged file and link under the root-relative `folder`; empty when there is none.
    public func entries(under folder: String) throws(SourceError) -> [SourceEntry] {
        guard let folder = RelativePath.normalized(folder) else { return [] }
        let prefix = folder.isEmpty ? "" : folder + "/"
        let wanted = snapshot.records.filter { $0.path.utf8.starts(with: prefix.utf8) }
        return try repository.withHandle { (repo: OpaquePointer) throws(SourceError) -> [SourceEntry] in
            var found: [SourceEntry] = []
            found.reserveCapacity(wanted.count)
            for record in wanted { found.append(try Self.entry(for: record, repository: repository, repo)) }
            return found
        }
    }

    /// The staged file or link at the root-relative `path`.
    public func entry(at path: String) throws(SourceError) -> SourceEntry? {
        guard let path = RelativePath.normalized(path), let position = positions[path] else { return nil }
        let record = snapshot.records[position]
        return try repository.withHandle { (repo: OpaquePointer) throws(SourceError) -> SourceEntry in
            try Self.entry(for: record, repository: repository, repo)
        }
    }

    /// The staged bytes of a file entry, by its `blobID` (looked up by path when absent).
    public func contents(of entry: SourceEntry) throws(SourceError) -> [UInt8] {
        try GitBlobContents.read(entry, from: repository, label: label) { path throws(SourceError) in
            try self.entry(at: path)
        }
    }

    private static func entry(
        for record: IndexSnapshot.Record, repository: GitRepository, _ repo: OpaquePointer
    ) throws(SourceError) -> SourceEntry {
        let id = GitObjectID.hex(record.oid)
        if record.isLink {
            let target = try repository.readBlobLocked(repo, record.oid)
            return SourceEntry(
                path: record.path, kind: .symlink(target: String(decoding: target, as: UTF8.self)),
                size: target.count, blobID: id)
        }
        return SourceEntry(path: record.path, size: try repository.blobSizeLocked(repo, record.oid), blobID: id)
    }
}
