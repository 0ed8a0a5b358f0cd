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

    /// Quotes lines of the given texts (root-relative path -> the file's text), such as an edit's
    /// result that is not on disk.
    public init(texts: [String: String], display: @escaping @Sendable (String) -> String) {
        self.init(line: { path, line in
            texts[path].flatMap { text in
                text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(line - 1).first.map(String.init)
            }
        }, display: display)
    }

    /// Quotes nothing and shows paths as they are; for tests and for sources without text.
    public static let plain = SourceQuoter(line: { _, _ in nil }, display: { $0 })
}
