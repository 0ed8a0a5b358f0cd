import RoadmapCore

/// What `roadmap new` can create.
public enum ItemKind: String, Sendable, CaseIterable {
    case prd, objective

    /// Where the roadmap keeps its own template for this kind, relative to the roadmap root.
    public var templatePath: String { "templates/\(rawValue).md" }

    /// The roadmap folder the files of this kind live in.
    public func folder(in config: RoadmapConfig) -> String {
        self == .prd ? config.prdsFolder : config.okrsFolder
    }

    /// For messages: "PRD", "objective".
    public var noun: String { self == .prd ? "PRD" : "objective" }
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
