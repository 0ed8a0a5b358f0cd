import CCmarkGFM
import Foundation

/// Markdown bodies rendered to HTML that is safe to put on a page.
///
/// GitHub-flavoured: tables, strikethrough, bare-URL autolinks, task lists and footnotes.
/// Always cmark's safe mode: raw HTML blocks and inline HTML become `<!-- raw HTML omitted -->`.
/// On top of cmark's own URL filter, every link and image destination whose scheme is
/// `javascript:`, `vbscript:`, `data:` (all of it, images included) or `file:` is emptied before
/// rendering, whatever its case, leading spaces, embedded tabs or entity encoding
/// (cmark decodes entities first), so it renders as `href=""` / `src=""`.
/// Headings get deterministic, unique `id`s (see ``RenderedMarkdown/Heading/id``).
public enum MarkdownHTML {
    /// Renders `markdown` (a body without front matter). Safe to call from many threads at once;
    /// a short inline-parsing step is serialised because cmark-gfm's inline extensions share
    /// global state.
    public static func render(_ markdown: String, options: RenderOptions = RenderOptions()) -> RenderedMarkdown {
        CmarkRuntime.withDocument(markdown, profile: .html) { root, parser, _ in
            let headings = prepare(root, options: options)
            guard let rendered = cmark_render_html(root, CmarkRuntime.options, cmark_parser_get_syntax_extensions(parser))
            else { return RenderedMarkdown(html: "", headings: []) }
            defer { free(rendered) }
            let bytes = UnsafeBufferPointer(
                start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered))
            return RenderedMarkdown(html: HeadingIDInjector.inject(ids: headings.map(\.id), into: bytes), headings: headings)
        } ?? RenderedMarkdown(html: "", headings: [])
    }

    /// Sanitises and rewrites destinations in place and assigns heading ids, in render order.
    private static func prepare(_ root: OpaquePointer, options: RenderOptions) -> [RenderedMarkdown.Heading] {
        var headings: [RenderedMarkdown.Heading] = []
        var slugger = HeadingSlugger()
        var unlinked: [(node: OpaquePointer, text: String)] = []
        guard let iter = cmark_iter_new(root) else { return headings }
        defer { cmark_iter_free(iter) }
        while case let event = cmark_iter_next(iter), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
            switch CmarkNode.type(node) {
            case CMARK_NODE_HEADING:
                let text = CmarkNode.plainText(node)
                headings.append(
                    .init(
                        level: Int(cmark_node_get_heading_level(node)), text: text,
                        id: options.headingIDPrefix + slugger.slug(for: text)))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let original = CmarkNode.url(node)
                if MarkdownOutline.isRelative(original), let text = options.unlink(original, CmarkNode.plainText(node)) {
                    unlinked.append((node, text))
                    continue
                }
                var destination = original
                if MarkdownOutline.isRelative(destination), let rewritten = options.rewriteLink(destination) {
                    destination = rewritten
                }
                if URLScheme.isDangerous(destination) { destination = "" }
                if destination != original { CmarkNode.setURL(node, destination) }
            default:
                break
            }
        }
        // Replaced after the walk, which must not see the tree change; innermost first, since
        // freeing a link frees an image inside it.
        for (node, text) in unlinked.reversed() {
            guard let replacement = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            cmark_node_set_literal(replacement, text)
            cmark_node_insert_before(node, replacement)
            cmark_node_free(node)
        }
        return headings
    }
}
