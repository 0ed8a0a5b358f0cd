import CGit2

/// The entries of the git index under the roadmap root, copied once so that a source sees one
/// consistent staging area even if `git add` runs meanwhile.
struct IndexSnapshot {
    /// One staged file or link; `path` is relative to the roadmap root.
    struct Record {
        var path: String
        var isLink: Bool
        var oid: git_oid
    }

    /// Sorted by the UTF-8 bytes of `path`.
    private(set) var records: [Record] = []
    /// Root-relative paths with unresolved merge conflicts.
    private(set) var conflictedPaths: [String] = []

    private static let blobMode: UInt32 = 0o100644
    private static let executableMode: UInt32 = 0o100755
    private static let linkMode: UInt32 = 0o120000

    /// Reads the index file afresh from disk. Stage 0 is the staged content; a path in conflict
    /// has no stage 0, and is represented by "ours" (stage 2) when that side has the file.
    init(repository: GitRepository, rootPrefix: String, indexFile: String? = nil) throws(SourceError) {
        let prefix = rootPrefix.isEmpty ? "" : rootPrefix + "/"
        var ours: [String: Record] = [:]
        var conflicted: Set<String> = []
        try repository.withHandle { (repo: OpaquePointer) throws(SourceError) in
            var index: OpaquePointer?
            if let indexFile, !indexFile.isEmpty {
                try LibGit2.check(git_index_open(&index, indexFile), "cannot open the index file \(indexFile)")
            } else {
                try LibGit2.check(git_repository_index(&index, repo), "cannot open the index of \(repository.displayPath)")
            }
            guard let index else { return }
            defer { git_index_free(index) }
            try LibGit2.check(git_index_read(index, 1), "cannot read the index of \(repository.displayPath)")
            for position in 0..<git_index_entrycount(index) {
                guard let entry = git_index_get_byindex(index, position)?.pointee, let cPath = entry.path else { continue }
                let full = String(cString: cPath)
                guard full.utf8.starts(with: prefix.utf8) else { continue }
                let path = String(decoding: full.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
                let stage = (entry.flags & 0x3000) >> 12
                let isFile = entry.mode == Self.blobMode || entry.mode == Self.executableMode
                // Gitlinks (submodules) and anything else are not roadmap files.
                let record = isFile || entry.mode == Self.linkMode
                    ? Record(path: path, isLink: entry.mode == Self.linkMode, oid: entry.id) : nil
                if stage == 0 {
                    if let record { records.append(record) }
                } else {
                    conflicted.insert(path)
                    if stage == 2, let record { ours[path] = record }
                }
            }
        }
        records.append(contentsOf: ours.values)
        records.sort { RelativePath.precedes($0.path, $1.path) }
        conflictedPaths = conflicted.sorted(by: RelativePath.precedes)
    }
}
