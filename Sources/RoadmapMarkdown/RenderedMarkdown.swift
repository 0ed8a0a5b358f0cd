/// A Markdown body rendered to safe HTML, with the headings a table of contents needs.
public struct RenderedMarkdown: Sendable, Hashable {
    /// One heading as rendered: its text and the `id` attribute it received.
    public struct Heading: Sendable, Hashable {
        /// 1 to 6.
        public var level: Int
        /// Plain text of the heading, as in ``MarkdownOutline/Heading/text``.
        public var text: String
        /// The heading's `id` attribute (prefix included), unique within the rendered body;
        /// link to it with `#` + id.
        public var id: String

        /// Creates a rendered heading.
        public init(level: Int, text: String, id: String) {
            self.level = level
            self.text = text
            self.id = id
        }
    }

    /// The HTML fragment (no `<html>` or `<body>`), deterministic for a given input and options.
    public var html: String
    /// Every heading in the order it appears in ``html``.
    public var headings: [Heading]

    /// Creates a rendered body.
    public init(html: String, headings: [Heading]) {
        self.html = html
        self.headings = headings
    }
}
