/// Where the files of a roadmap come from: the working tree, a commit, the index, or memory.
///
/// Paths are relative to the roadmap root. A source never follows a symbolic link: it lists it as
/// `.symlink` and leaves the decision to the compiler.
public protocol RoadmapSource: Sendable {
    /// For messages: "working tree", "commit 1a2b3c4 (main)", "index".
    var label: String { get }
    /// Every entry under `folder` (relative to the roadmap root; "" for the root), recursively,
    /// sorted by path, skipping what git ignores (working tree) and git's own `.git` folder.
    /// A missing folder gives an empty list, not an error.
    func entries(under folder: String) throws(SourceError) -> [SourceEntry]
    /// The entry at `path` when there is one (used for `roadmap.yml`).
    func entry(at path: String) throws(SourceError) -> SourceEntry?
    /// The bytes of a `.file` entry.
    func contents(of entry: SourceEntry) throws(SourceError) -> [UInt8]
}

/// A problem of the environment, not of the roadmap's content: the CLI exits with status 2.
public struct SourceError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
