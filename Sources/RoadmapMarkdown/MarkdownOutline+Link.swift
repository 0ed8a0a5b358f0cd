extension MarkdownOutline {
    /// One link or image destination of a Markdown body.
    public struct Link: Sendable, Hashable {
        /// The destination as cmark resolved it: entities and escapes decoded,
        /// reference-style links replaced by their definition's destination.
        public var destination: String
        /// 1-based line where the link starts.
        public var line: Int
        /// 1-based column, in Unicode scalars, of the link's first character
        /// (`[` of a link, `!` of an image, `<` of an autolink).
        public var column: Int
        /// True for `![alt](src)` images.
        public var isImage: Bool

        /// Creates a link.
        public init(destination: String, line: Int, column: Int, isImage: Bool) {
            self.destination = destination
            self.line = line
            self.column = column
            self.isImage = isImage
        }
    }
}
