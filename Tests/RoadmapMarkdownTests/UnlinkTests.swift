import RoadmapMarkdown
import Testing

/// `RenderOptions.unlink`: links to pages a reader may not see become plain text, whatever form
/// the link takes; nothing of the destination is left in the HTML.
@Suite struct UnlinkTests {
    static let options = MarkdownHTML.RenderOptions(
        rewriteLink: { $0.replacingOccurrences(of: ".md", with: ".html") },
        unlink: { destination, text in destination.hasPrefix("hidden") ? (text == "Hidden title" ? "(not shown)" : text) : nil })

    @Test func inlineReferenceAndImageLinksBecomeText() {
        let markdown = """
            See [the *work*](hidden.md#scope), [Hidden title](hidden.md), [ref][h], [kept](open.md) and
            [![alt](hidden-shot.png)](open.md) and [![pic](open.png)](hidden.md).

            [h]: hidden.md "Hidden title"
            """
        let html = MarkdownHTML.render(markdown, options: Self.options).html
        #expect(!html.contains("hidden"), "\(html)")
        #expect(html.contains("See the work, (not shown), ref, <a href=\"open.html\">kept</a> and"), "\(html)")
        #expect(html.contains("<a href=\"open.html\">alt</a> and pic."), "\(html)")
    }

    @Test func textOfTheReplacementIsEscaped() {
        let options = MarkdownHTML.RenderOptions(unlink: { _, _ in "<b>&" })
        let html = MarkdownHTML.render("[x](a.md) and https://example.com", options: options).html
        #expect(html.contains("&lt;b&gt;&amp; and <a href=\"https://example.com\">"), "\(html)")
    }
}
