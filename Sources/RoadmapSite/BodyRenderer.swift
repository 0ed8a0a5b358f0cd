/// Turns a Markdown body into safe HTML for a page of the site.
///
/// The site does not parse Markdown itself: the integrator supplies a conformance backed by
/// cmark-gfm in safe mode. Whatever it returns is inserted into pages unescaped, so it must drop
/// raw HTML and neutralise `javascript:`-like links.
public protocol BodyRenderer: Sendable {
    /// - Parameters:
    ///   - markdown: the body after the front matter.
    ///   - sourcePath: the file's path relative to the roadmap root, for resolving relative links.
    ///   - rewriteLink: call for every link and image destination; a non-nil result replaces it.
    ///   - unlink: call for every link and image with its destination and plain text first; a
    ///     non-nil result replaces the whole link with that text (links to items an audience
    ///     does not see).
    /// - Returns: an HTML fragment.
    func render(markdown: String, sourcePath: String, rewriteLink: @Sendable (String) -> String?,
                unlink: @Sendable (_ destination: String, _ text: String) -> String?) -> String

    /// Changes whenever the same Markdown would render differently (a new renderer version or
    /// new options), so that incremental builds re-render bodies. Defaults to `""`.
    var cacheKey: String { get }
}

extension BodyRenderer {
    /// Renders with every link kept.
    public func render(markdown: String, sourcePath: String, rewriteLink: @Sendable (String) -> String?) -> String {
        render(markdown: markdown, sourcePath: sourcePath, rewriteLink: rewriteLink, unlink: { _, _ in nil })
    }

    /// No identity beyond the generator version: bump that when rendering changes.
    public var cacheKey: String { "" }
}
