import CGit2
import Foundation

/// An open git repository: the one handle every git-backed source reads through.
///
/// libgit2 repository handles are not safe for simultaneous use from several threads, so every
/// call goes through `withHandle`, which holds a lock. Reads are short (one object, one tree), so
/// sources can be shared freely between tasks at the price of serialised object reads.
public final class GitRepository: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
    /// Readers of blobs for `readBlob`, kept so rebuilt deltas serve later reads.
    let blobReaders = BlobReaderPool()

    /// The working directory, absolute, without a trailing `/`; nil for a bare repository.
    public let workdir: String?
    /// The repository's own git directory (`.../.git`, or `.git/worktrees/<name>` for a linked
    /// worktree), absolute, without a trailing `/`.
    public let gitDirectory: String
    /// The directory shared by all worktrees (objects, refs); equals `gitDirectory` outside
    /// linked worktrees. The place for caches that should survive switching worktrees.
    public let commonDirectory: String
    /// True for a repository without a working directory.
    public var isBare: Bool { workdir == nil }
    /// True when history is truncated (`git clone --depth`): old commits may be missing.
    public let isShallow: Bool

    private init(handle: OpaquePointer) {
        self.handle = handle
        workdir = git_repository_workdir(handle).map { GitRepository.trimmed(String(cString: $0)) }
        gitDirectory = GitRepository.trimmed(String(cString: git_repository_path(handle)))
        commonDirectory = git_repository_commondir(handle).map { GitRepository.trimmed(String(cString: $0)) }
            ?? gitDirectory
        isShallow = git_repository_is_shallow(handle) == 1
    }

    deinit { git_repository_free(handle) }

    /// Opens the repository whose working tree (or git directory) contains `path`, searching
    /// upwards. Returns nil when `path` is not inside any repository: a plain folder is fine.
    /// The search stops at any of `ceilingDirectories` (absolute paths), like
    /// `GIT_CEILING_DIRECTORIES`.
    /// Throws when a repository is found but cannot be opened (corrupt, unsafe owner, ...).
    public static func discover(
        containing path: String, ceilingDirectories: [String] = []
    ) throws(SourceError) -> GitRepository? {
        LibGit2.ensureInitialized()
        var repo: OpaquePointer?
        let ceiling = ceilingDirectories.isEmpty ? nil : ceilingDirectories.joined(separator: ":")
        let code = path.withCString { cPath in
            if let ceiling {
                return ceiling.withCString { git_repository_open_ext(&repo, cPath, 0, $0) }
            }
            return git_repository_open_ext(&repo, cPath, 0, nil)
        }
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try LibGit2.check(code, "cannot open the git repository containing \(path)")
        guard let repo else { return nil }
        return GitRepository(handle: repo)
    }

    /// Opens exactly the repository at `path` (a working directory or a git directory), without
    /// searching upwards.
    public static func open(at path: String) throws(SourceError) -> GitRepository {
        LibGit2.ensureInitialized()
        var repo: OpaquePointer?
        let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue
        let code = path.withCString { git_repository_open_ext(&repo, $0, flags, nil) }
        try LibGit2.check(code, "cannot open a git repository at \(path)")
        guard let repo else { throw SourceError("cannot open a git repository at \(path)") }
        return GitRepository(handle: repo)
    }

    /// Runs `body` with the raw `git_repository*` while holding the repository lock. Nothing
    /// derived from the handle may escape `body` unless it is owned and freed by the caller.
    func withHandle<T, E: Error>(_ body: (OpaquePointer) throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(handle)
    }

    /// For messages: the working directory, or the git directory of a bare repository.
    var displayPath: String { workdir ?? gitDirectory }

    private static func trimmed(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
