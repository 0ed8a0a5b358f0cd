/// The Markdown after the front matter, and where it starts in the file.
public struct Body: Hashable, Sendable {
    public var markdown: String
    /// The 1-based line of the file on which the body's first line stands.
    public var firstLine: Int
    /// H1-H6 headings outside code blocks, in order.
    public var headings: [Heading]
    /// Relative links (no scheme, not a fragment alone) in order.
    public var relativeLinks: [Link]

    public struct Heading: Hashable, Sendable {
        public var level: Int
        public var text: String
        public var line: Int
        public init(level: Int, text: String, line: Int) {
            self.level = level
            self.text = text
            self.line = line
        }
    }

    public struct Link: Hashable, Sendable {
        public var destination: String
        public var line: Int
        public var column: Int
        public init(destination: String, line: Int, column: Int) {
            self.destination = destination
            self.line = line
            self.column = column
        }
    }

    public init(markdown: String, firstLine: Int, headings: [Heading] = [], relativeLinks: [Link] = []) {
        self.markdown = markdown
        self.firstLine = firstLine
        self.headings = headings
        self.relativeLinks = relativeLinks
    }

    public static let empty = Body(markdown: "", firstLine: 1)
}
