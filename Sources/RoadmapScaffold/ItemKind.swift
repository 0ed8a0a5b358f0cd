import RoadmapCore

/// What `roadmap new` can create: either `ItemKind`.
extension ItemKind {
    /// Where the roadmap keeps its own template for this kind, relative to the roadmap root.
    public var templatePath: String { "templates/\(rawValue).md" }
}

/// A problem that stops a scaffolding command (bad option, existing file): the CLI exits with 2.
public struct ScaffoldError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A sentence that says what is wrong and how to go on.
    public var message: String
    /// Creates an error with its message.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
