/// A place in a file of the roadmap: 1-based line and column.
///
/// Columns count Unicode scalars, as libyaml does, so a position read from YAML and one computed
/// from the text agree. `length` is how many columns the underline covers (at least 1).
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
    /// The file's path relative to the roadmap root, with `/` separators.
    public var path: String
    public var line: Int
    public var column: Int
    public var length: Int

    public init(path: String, line: Int, column: Int = 1, length: Int = 1) {
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
        self.length = max(1, length)
    }

    /// The same place with a different underline length.
    public func spanning(_ length: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column, length: length)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}
