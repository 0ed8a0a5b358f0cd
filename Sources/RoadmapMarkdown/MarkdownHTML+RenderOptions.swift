extension MarkdownHTML {
    /// How ``MarkdownHTML/render(_:options:)`` adapts a body to its page.
    public struct RenderOptions: Sendable {
        /// Called with every relative link and image destination (see
        /// ``MarkdownOutline/isRelative(_:)``), e.g. to turn `other.md` into `other.html`.
        /// Return the new destination, or nil to keep it. A returned destination with a
        /// dangerous scheme is dropped like any other.
        public var rewriteLink: @Sendable (String) -> String?
        /// Prepended to every heading `id`, to keep ids of several bodies on one page apart.
        public var headingIDPrefix: String
        /// Called with every relative link and image destination and the plain text of the link
        /// (an image's alt text) before `rewriteLink`. Return a text to put in place of the whole
        /// link or image, as plain text, e.g. for a page the reader may not see; nil keeps it.
        public var unlink: @Sendable (_ destination: String, _ text: String) -> String?

        /// Creates options; the defaults keep links as written and use bare slugs as ids.
        public init(
            rewriteLink: @escaping @Sendable (String) -> String? = { _ in nil },
            headingIDPrefix: String = "",
            unlink: @escaping @Sendable (_ destination: String, _ text: String) -> String? = { _, _ in nil }
        ) {
            self.rewriteLink = rewriteLink
            self.headingIDPrefix = headingIDPrefix
            self.unlink = unlink
        }
    }
}
