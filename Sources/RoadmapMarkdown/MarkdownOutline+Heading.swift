extension MarkdownOutline {
    /// One heading of a Markdown body.
    public struct Heading: Sendable, Hashable {
        /// 1 to 6, as in `<h1>`…`<h6>`.
        public var level: Int
        /// Plain text: inline code, emphasis and links flattened, closing `#`s of a closed ATX
        /// heading removed, whitespace collapsed.
        public var text: String
        /// 1-based line of the heading's first line (the text line of a setext heading).
        public var line: Int

        /// Creates a heading.
        public init(level: Int, text: String, line: Int) {
            self.level = level
            self.text = text
            self.line = line
        }
    }
}
