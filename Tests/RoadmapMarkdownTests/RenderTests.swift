import RoadmapMarkdown
import Testing

@Suite struct RenderTests {
    @Test func tablesStrikethroughTasklistsAndAutolinksRender() {
        let markdown = """
            | a | b |
            |---|:-:|
            | 1 | 2 |

            ~~old~~ www.example.com

            - [x] done
            - [ ] todo
            """
        let html = MarkdownHTML.render(markdown).html
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>a</th>"))
        #expect(html.contains(#"<td align="center">2</td>"#))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains(#"<a href="http://www.example.com">www.example.com</a>"#))
        #expect(html.contains(#"<input type="checkbox" checked="" disabled="" /> done"#))
        #expect(html.contains(#"<input type="checkbox" disabled="" /> todo"#))
    }

    @Test func headingIDsAreSlugsUniqueWithinThePage() {
        let markdown = "# Intro\n\n## Intro\n\n### The `API` & *more*!\n\n## Intro 1\n\n## ???\n\n## Über Café"
        let rendered = MarkdownHTML.render(markdown)
        #expect(
            rendered.headings == [
                .init(level: 1, text: "Intro", id: "intro"),
                .init(level: 2, text: "Intro", id: "intro-1"),
                .init(level: 3, text: "The API & more!", id: "the-api-more"),
                .init(level: 2, text: "Intro 1", id: "intro-1-1"),
                .init(level: 2, text: "???", id: "section"),
                .init(level: 2, text: "Über Café", id: "über-café"),
            ])
        #expect(rendered.html.contains(#"<h1 id="intro">Intro</h1>"#))
        #expect(rendered.html.contains(#"<h2 id="intro-1">Intro</h2>"#))
        #expect(rendered.html.contains(#"<h3 id="the-api-more">The <code>API</code> &amp; <em>more</em>!</h3>"#))
        #expect(rendered.html.contains(#"<h2 id="intro-1-1">Intro 1</h2>"#))
    }

    @Test func headingIDPrefixIsAppliedAndEscaped() {
        let rendered = MarkdownHTML.render("## Goals", options: .init(headingIDPrefix: #"p"1-"#))
        #expect(rendered.headings.map(\.id) == [#"p"1-goals"#])
        #expect(rendered.html == "<h2 id=\"p&quot;1-goals\">Goals</h2>\n")
    }

    @Test func rewriteAppliesToRelativeLinksOnly() {
        let markdown = """
            [a](other.md) [b](https://x.io/y.md) [c](#local) [d](/abs.md) ![e](img/e.png) [f][ref]

            [ref]: ../f.md#sec
            """
        let options = MarkdownHTML.RenderOptions(rewriteLink: { destination in
            destination.hasSuffix(".png") ? nil : "R(\(destination))"
        })
        let html = MarkdownHTML.render(markdown, options: options).html
        #expect(
            html == """
                <p><a href="R(other.md)">a</a> <a href="https://x.io/y.md">b</a> <a href="#local">c</a> \
                <a href="/abs.md">d</a> <img src="img/e.png" alt="e" /> <a href="R(../f.md#sec)">f</a></p>

                """)
    }

    @Test func rewrittenDangerousDestinationIsDropped() {
        let options = MarkdownHTML.RenderOptions(rewriteLink: { _ in "javascript:alert(1)" })
        #expect(MarkdownHTML.render("[a](x.md)", options: options).html == "<p><a href=\"\">a</a></p>\n")
    }

    @Test func footnotesRender() {
        let html = MarkdownHTML.render("Claim[^1].\n\n[^1]: Source [s](s.md).").html
        #expect(html.contains(##"<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>"##))
        #expect(html.contains(#"<section class="footnotes" data-footnotes>"#))
        #expect(html.contains(#"<li id="fn-1">"#))
        #expect(html.contains(#"<a href="s.md">s</a>"#))
    }

    @Test func outputIsDeterministic() {
        let markdown = "# A\n\n| x |\n|---|\n| [y](y.md) |\n\n~~z~~ https://q.example\n"
        let first = MarkdownHTML.render(markdown)
        for _ in 0..<20 { #expect(MarkdownHTML.render(markdown) == first) }
    }
}
