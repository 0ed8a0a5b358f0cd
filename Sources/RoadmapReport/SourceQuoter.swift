import RoadmapCore

/// What renderers need from the compilation: the lines to quote and how to show paths.
public struct SourceQuoter: Sendable {
    /// The text of line `line` of a root-relative path, when known.
    public var line: @Sendable (_ path: String, _ line: Int) -> String?
    /// A root-relative path as the user should see it (relative to the current folder).
    public var display: @Sendable (_ path: String) -> String

    public init(line: @escaping @Sendable (String, Int) -> String?, display: @escaping @Sendable (String) -> String) {
        self.line = line
        self.display = display
    }

    /// Quotes nothing and shows paths as they are; for tests and for sources without text.
    public static let plain = SourceQuoter(line: { _, _ in nil }, display: { $0 })
}
