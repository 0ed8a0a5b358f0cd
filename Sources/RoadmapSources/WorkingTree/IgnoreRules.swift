import CGit2

/// Decides which working-tree paths git would leave out, for the duration of one listing.
///
/// Git's rule: ignore patterns (`.gitignore` files, `.git/info/exclude`, `core.excludesFile`)
/// apply to untracked paths only. A tracked file matching a pattern is still content, and an
/// ignored folder is still entered when it holds tracked files. Asking libgit2 about ignores
/// costs several `stat`s per path, so tracked paths (nearly all of a roadmap) are answered by a
/// binary search of the index first and only the others are checked. Without a repository
/// nothing is excluded. Must be used while holding the repository lock (`repo` is the raw handle).
final class IgnoreRules {
    private let repo: OpaquePointer?
    private let index: OpaquePointer?
    private let displayPath: String
    /// The roadmap root's path in the repository, with a trailing `/` unless it is the top.
    private let prefix: String

    /// No rules at all: a plain folder.
    init() {
        repo = nil
        index = nil
        displayPath = ""
        prefix = ""
    }

    init(repo: OpaquePointer, displayPath: String, rootPrefix: String) throws(SourceError) {
        var index: OpaquePointer?
        try LibGit2.check(git_repository_index(&index, repo), "cannot open the index of \(displayPath)")
        if let index, git_index_read(index, 0) < 0 {
            git_index_free(index)
            throw LibGit2.error("cannot read the index of \(displayPath)")
        }
        self.repo = repo
        self.index = index
        self.displayPath = displayPath
        prefix = rootPrefix.isEmpty ? "" : rootPrefix + "/"
    }

    deinit { if let index { git_index_free(index) } }

    /// True when git would not consider the root-relative `path` part of the working tree's content.
    func excludes(_ path: String, isDirectory: Bool) throws(SourceError) -> Bool {
        guard let repo else { return false }
        let full = isDirectory ? prefix + path + "/" : prefix + path
        if let index {
            // Any stage counts: a file in conflict is tracked too.
            let found = full.withCString { isDirectory ? git_index_find_prefix(nil, index, $0) : git_index_find(nil, index, $0) }
            if found == 0 { return false }
        }
        var ignored: Int32 = 0
        let code = full.withCString { git_ignore_path_is_ignored(&ignored, repo, $0) }
        try LibGit2.check(code, "cannot read the ignore rules of \(displayPath)")
        return ignored == 1
    }
}
