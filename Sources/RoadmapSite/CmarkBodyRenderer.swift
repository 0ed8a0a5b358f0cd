import RoadmapMarkdown

/// Renders bodies with cmark-gfm in safe mode (see `MarkdownHTML`): raw HTML dropped,
/// `javascript:`, `vbscript:` and `data:` links emptied, headings given ids.
public struct CmarkBodyRenderer: BodyRenderer {
    public init() {}

    public func render(markdown: String, sourcePath: String, rewriteLink: @Sendable (String) -> String?,
                       unlink: @Sendable (_ destination: String, _ text: String) -> String?) -> String {
        // The options only live for this call, so the closures never really escape.
        withoutActuallyEscaping(rewriteLink) { rewrite in
            withoutActuallyEscaping(unlink) { unlink in
                MarkdownHTML.render(markdown, options: .init(rewriteLink: rewrite, unlink: unlink)).html
            }
        }
    }

    /// Bump when the renderer's output changes, so incremental builds render bodies again.
    public var cacheKey: String { "cmark-gfm-safe-1" }
}
