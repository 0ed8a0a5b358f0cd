import RoadmapCore

/// Edits of one file: the bytes read, the edits, and the bytes to write.
public struct FileChange: Sendable {
    public var path: String
    public var before: [UInt8]
    public var edits: [TextEdit]
    public var after: [UInt8]

    public init?(path: String, before: [UInt8], edits: [TextEdit]) {
        guard let after = edits.applied(to: before) else { return nil }
        self.path = path
        self.before = before
        self.edits = edits
        self.after = after
    }
}

/// What planning an edit needs from whoever holds the roadmap's files: the bytes compiled, and
/// the errors a change would bring (the driver's edit session answers both).
public protocol EditContext {
    /// The bytes of `path` as compiled.
    func original(of path: String) -> [UInt8]?
    /// The roadmap as it would be with `changes` made, and the errors the changes bring that
    /// were not there before.
    func newErrors(of changes: [FileChange], comparedWith before: Compilation) throws(SourceError) -> (Compilation, [Diagnostic])
}
