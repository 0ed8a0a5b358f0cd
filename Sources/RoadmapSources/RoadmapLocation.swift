/// Where a roadmap lives: its root folder on disk and, when it is inside a git repository, that
/// repository and the root's place in it (`""` at the top, `"sample-roadmap"` in a sub-folder).
public struct RoadmapLocation: Sendable {
    /// The roadmap root, absolute and canonical (links resolved).
    public var root: String
    /// The repository containing the root; nil for a plain folder.
    public var repository: GitRepository?
    /// The root relative to the repository's working directory, `/`-separated; "" at the top,
    /// and always "" without a repository or in a bare one.
    public var pathInRepository: String

    /// A location put together by hand, e.g. a folder of a bare repository.
    public init(root: String, repository: GitRepository?, pathInRepository: String) {
        self.root = root
        self.repository = repository
        self.pathInRepository = pathInRepository
    }

    /// Resolves the user's `path` (absolute, or relative to `currentDirectory`, by default the
    /// process's). Throws when it does not exist or is not a folder, and when a repository
    /// around it cannot be opened. Repository discovery stops at `ceilingDirectories`.
    public static func resolve(
        _ path: String = ".", currentDirectory: String? = nil, ceilingDirectories: [String] = []
    ) throws(SourceError) -> RoadmapLocation {
        let base = currentDirectory ?? POSIX.currentDirectory() ?? "/"
        let written = path.isEmpty ? "." : path
        let absolute = written.hasPrefix("/") ? written : RelativePath.joinAbsolute(base, written)
        guard let root = POSIX.realPath(absolute) else { throw SourceError("no such folder: \(path)") }
        guard POSIX.isDirectory(root) else { throw SourceError("not a folder: \(path)") }
        guard let repository = try GitRepository.discover(containing: root, ceilingDirectories: ceilingDirectories)
        else { return RoadmapLocation(root: root, repository: nil, pathInRepository: "") }
        // A bare repository has no files on disk; its commits are still readable from the top.
        guard let workdirPath = repository.workdir else {
            return RoadmapLocation(root: root, repository: repository, pathInRepository: "")
        }
        let workdir = POSIX.realPath(workdirPath) ?? workdirPath
        if root == workdir { return RoadmapLocation(root: root, repository: repository, pathInRepository: "") }
        let inside = workdir == "/" ? "/" : workdir + "/"
        guard root.utf8.starts(with: inside.utf8) else {
            // The root is inside the git directory itself, not the working tree: no git content there.
            return RoadmapLocation(root: root, repository: nil, pathInRepository: "")
        }
        let relative = String(decoding: root.utf8.dropFirst(inside.utf8.count), as: UTF8.self)
        return RoadmapLocation(root: root, repository: repository, pathInRepository: relative)
    }

    /// The files on disk under the root.
    public func workingTree() -> WorkingTreeSource { WorkingTreeSource(location: self) }

    /// The roadmap as committed at `revision`; throws without a repository or for an unknown revision.
    public func commit(_ revision: String = "HEAD") throws(SourceError) -> CommitSource {
        guard let repository else { throw SourceError("\(root) is not inside a git repository") }
        return try CommitSource(repository: repository, revision: revision, rootPrefix: pathInRepository)
    }

    /// The roadmap as staged in the index; throws without a repository.
    /// - Parameter indexFile: `GIT_INDEX_FILE` when git set it (inside a hook), else nil.
    public func index(indexFile: String? = nil) throws(SourceError) -> IndexSource {
        guard let repository else { throw SourceError("\(root) is not inside a git repository") }
        return try IndexSource(repository: repository, rootPrefix: pathInRepository, indexFile: indexFile)
    }
}
