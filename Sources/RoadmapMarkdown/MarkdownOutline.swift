/// The parts of a Markdown body that checks care about: its headings and the destinations of
/// its links and images, each with a source position.
///
/// Positions are 1-based and relative to the string given to ``parse(_:)``; columns count
/// Unicode scalars (a tab counts as one).
public struct MarkdownOutline: Sendable, Hashable {
    /// Every heading (ATX, closed ATX or setext) in document order. Lines that only look like
    /// headings inside code blocks or HTML blocks are not included.
    public var headings: [Heading]
    /// Every link and image destination in document order, reference-style ones resolved.
    public var links: [Link]

    /// Creates an outline from already known headings and links.
    public init(headings: [Heading] = [], links: [Link] = []) {
        self.headings = headings
        self.links = links
    }

    /// The links whose destination points at another file relative to the document;
    /// see ``isRelative(_:)``.
    public var relativeLinks: [Link] {
        links.filter { Self.isRelative($0.destination) }
    }

    /// Parses `markdown` (a body without front matter) with GFM tables and footnotes.
    ///
    /// One cmark parse and one AST walk; no HTML is produced. Safe to call from many threads at
    /// once. Strikethrough and bare-URL autolinks are not enabled here: they change neither
    /// headings nor relative links, and they are the two cmark-gfm extensions that are not
    /// thread-safe. `<https://…>` autolinks are core CommonMark and are reported.
    public static func parse(_ markdown: String) -> MarkdownOutline {
        CmarkRuntime.withDocument(markdown, profile: .outline) { root, _, bytes in
            var builder = OutlineBuilder(source: SourceLines(bytes))
            return builder.build(root)
        } ?? MarkdownOutline()
    }

    /// Whether `destination` names a file relative to the current document, such as
    /// `other.md`, `../prds/x.md#goals` or `img/a.png`.
    ///
    /// Not relative: empty destinations; same-document references (`#anchor`, `?query`);
    /// site-absolute paths (`/abs`) and network paths (`//host`, `\\host`); anything with a URI
    /// scheme (`https:`, `mailto:`, `javascript:`, `C:`), read the way a browser reads it,
    /// ignoring case, leading spaces and embedded tabs or line breaks.
    public static func isRelative(_ destination: String) -> Bool {
        let first = destination.unicodeScalars.first { $0.value > 0x20 }
        guard let first else { return false }
        if first == "#" || first == "?" || first == "/" || first == "\\" { return false }
        return URLScheme.scheme(of: destination) == nil
    }
}
