/// The files on disk under the roadmap root, as they are now (nothing is cached between calls).
///
/// Inside a git repository, what git ignores is left out (ignored folders are not even entered),
/// except tracked files, which git never ignores. In a plain folder only `.git` is skipped.
/// Links are listed with their text and never followed. A folder that cannot be read (permission
/// denied) is an error rather than silently missing content: the roadmap would be incomplete.
public struct WorkingTreeSource: RoadmapSource {
    /// Always "working tree".
    public let label = "working tree"
    /// The roadmap root, absolute.
    public let root: String
    /// The repository whose ignore rules apply; nil for a plain folder.
    public let repository: GitRepository?
    /// Where `root` sits in the repository's working directory ("" for the top).
    public let rootPrefix: String

    /// The tree under the absolute `root`. Pass the repository (and the root's place in it) to
    /// honour its ignore rules; a bare repository has no working tree, so none apply.
    public init(root: String, repository: GitRepository? = nil, rootPrefix: String = "") {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.repository = repository?.isBare == true ? nil : repository
        self.rootPrefix = RelativePath.normalized(rootPrefix) ?? ""
    }

    /// The tree under a resolved location.
    public init(location: RoadmapLocation) {
        self.init(root: location.root, repository: location.repository, rootPrefix: location.pathInRepository)
    }

    /// Every file and link under the root-relative `folder`, recursively, sorted by path.
    public func entries(under folder: String) throws(SourceError) -> [SourceEntry] {
        guard let components = RelativePath.components(folder) else { return [] }
        var found = try withWalker { (walker: WorkingTreeWalker) throws(SourceError) in
            try walker.entries(under: components)
        }
        RelativePath.sortByPath(&found)
        return found
    }

    /// The file or link at the root-relative `path`, unless it is ignored, under `.git` or
    /// reached through a link.
    public func entry(at path: String) throws(SourceError) -> SourceEntry? {
        guard let components = RelativePath.components(path), !components.isEmpty else { return nil }
        return try withWalker { (walker: WorkingTreeWalker) throws(SourceError) in try walker.entry(at: components) }
    }

    /// The bytes on disk of a file entry. Refuses links and paths that leave the root.
    public func contents(of entry: SourceEntry) throws(SourceError) -> [UInt8] {
        if case .symlink = entry.kind { throw SourceError("\(entry.path) in \(label) is a symbolic link") }
        if case .special(let what) = entry.kind { throw SourceError("\(entry.path) in \(label) is \(what), not a file") }
        guard let path = RelativePath.normalized(entry.path), !path.isEmpty else {
            throw SourceError("invalid path '\(entry.path)' in \(label)")
        }
        do {
            return try POSIX.readFile(root + "/" + path)
        } catch {
            throw SourceError("cannot read \(path) in \(root): \(error.description)")
        }
    }

    private func withWalker<T>(_ body: (WorkingTreeWalker) throws(SourceError) -> T) throws(SourceError) -> T {
        guard let repository else { return try body(WorkingTreeWalker(root: root, rules: IgnoreRules())) }
        return try repository.withHandle { (repo: OpaquePointer) throws(SourceError) -> T in
            let rules = try IgnoreRules(repo: repo, displayPath: repository.displayPath, rootPrefix: rootPrefix)
            return try body(WorkingTreeWalker(root: root, rules: rules))
        }
    }
}
