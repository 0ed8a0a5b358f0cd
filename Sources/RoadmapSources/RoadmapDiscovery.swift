/// Finds the roadmap a command is about, the same way for every command: from the folder (or
/// file) the user named, else from the current folder.
///
/// In order, the root is
/// 1. the nearest folder at or above the start holding a `roadmap.yml` (not looking past the top
///    of the git working tree the start is in);
/// 2. the start folder itself when it holds `prds/` or `okrs/` (a roadmap with default settings);
/// 3. the top of the git working tree when it holds `prds/` or `okrs/`;
/// 4. for a bare repository, the folder named (only committed content can be read there).
///
/// With none of these there is no roadmap, and that is an error, not an empty roadmap.
public enum RoadmapDiscovery {
    /// A roadmap found, and the file the user named in it, if they named a file.
    public struct Found: Sendable {
        public var location: RoadmapLocation
        /// The named file relative to the root (`prds/checkout/saved-cards.md`); nil for a folder.
        public var file: String?
    }

    /// Default folders whose presence marks a roadmap without a `roadmap.yml`.
    static let markerFolders = ["prds", "okrs"]

    /// - Parameters:
    ///   - path: what the user named (a folder or a file, absolute or relative to
    ///     `currentDirectory`); nil to start from the current folder.
    ///   - currentDirectory: the process's by default.
    ///   - ceilingDirectories: repository discovery stops here (for tests).
    public static func find(
        _ path: String?, currentDirectory: String? = nil, ceilingDirectories: [String] = []
    ) throws(SourceError) -> Found {
        let base = currentDirectory ?? POSIX.currentDirectory() ?? "/"
        let written = path.flatMap { $0.isEmpty ? nil : $0 } ?? "."
        let absolute = written.hasPrefix("/") ? written : RelativePath.joinAbsolute(base, written)
        guard let real = POSIX.realPath(absolute) else {
            throw SourceError(path == nil ? "the current folder no longer exists" : "no such file or folder: \(written)")
        }
        let isFile = !POSIX.isDirectory(real)
        let start = isFile ? parent(of: real) : real
        let repository = try GitRepository.discover(containing: start, ceilingDirectories: ceilingDirectories)
        let top = repository?.workdir.map { POSIX.realPath($0) ?? $0 }.map(trimmingSlash)
        guard let root = root(from: start, top: top, bare: repository?.isBare == true) else {
            throw SourceError(notFound(path: path))
        }
        let location = try RoadmapLocation.resolve(root, ceilingDirectories: ceilingDirectories)
        guard isFile else { return Found(location: location, file: nil) }
        guard let file = relative(real, to: location.root) else {
            throw SourceError("\(written) is not inside the roadmap at \(location.root)")
        }
        return Found(location: location, file: file)
    }

    /// The root for a start folder; `top` is the git working tree's top, if any.
    static func root(from start: String, top: String?, bare: Bool) -> String? {
        var folder = start
        while true {
            if holdsSettings(folder) { return folder }
            // A roadmap.yml above the repository belongs to something else.
            if folder == top || folder == "/" { break }
            folder = parent(of: folder)
        }
        if holdsMarker(start) { return start }
        if let top, holdsMarker(top) { return top }
        if bare { return start }
        return nil
    }

    static func notFound(path: String?) -> String {
        let place = path.map { "no roadmap at \($0)" } ?? "no roadmap here"
        return "\(place): no roadmap.yml in \(path == nil ? "this folder" : "it") or a folder above, and no prds/ or okrs/ "
            + "at the top of a git repository; run `roadmap init` to start one, or name the roadmap's folder (-C PATH)"
    }

    private static func holdsSettings(_ folder: String) -> Bool {
        let file = folder + "/roadmap.yml"
        return POSIX.realPath(file) != nil && !POSIX.isDirectory(file)
    }

    private static func holdsMarker(_ folder: String) -> Bool {
        markerFolders.contains { POSIX.isDirectory(folder + "/" + $0) }
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "/" }
        let up = String(path[..<slash])
        return up.isEmpty ? "/" : up
    }

    private static func trimmingSlash(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    private static func relative(_ path: String, to root: String) -> String? {
        guard path.hasPrefix(root == "/" ? "/" : root + "/") else { return nil }
        return String(path.dropFirst(root == "/" ? 1 : root.count + 1))
    }
}
