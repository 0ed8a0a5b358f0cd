import RoadmapMarkdown
import Testing

@Suite struct RenderSafetyTests {
    @Test(arguments: [
        "<script>alert(1)</script>",
        "text <script>alert(1)</script> inline",
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](<  javascript:alert(1)>)",
        "[x](<java\tscript:alert(1)>)",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "![x](javascript:alert(1))",
        "![x](data:image/png;base64,iVBORw0KGgo=)",
        #"<a href="javascript:alert(1)">raw</a>"#,
        "<div><a href=\"javascript:alert(1)\">block</a></div>",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript&#58;alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](java&#09;script:alert(1))",
        "[x][r]\n\n[r]: javascript:alert(1)",
        #"<img src=x onerror="alert(1)">"#,
        "[x](file:///etc/passwd)",
    ])
    func nothingExecutableSurvives(markdown: String) {
        let html = MarkdownHTML.render(markdown).html
        let lowered = html.lowercased()
        #expect(!lowered.contains("javascript:"), "\(html)")
        #expect(!lowered.contains("vbscript:"), "\(html)")
        #expect(!lowered.contains("data:"), "\(html)")
        #expect(!lowered.contains("file:"), "\(html)")
        #expect(!lowered.contains("<script"), "\(html)")
        #expect(!lowered.contains("onerror"), "\(html)")
    }

    @Test func dangerousLinksKeepTheirTextButLoseTheTarget() {
        #expect(MarkdownHTML.render("[x](JaVaScRiPt:alert(1))").html == "<p><a href=\"\">x</a></p>\n")
        #expect(MarkdownHTML.render("![x](data:image/gif;base64,R0l=)").html == "<p><img src=\"\" alt=\"x\" /></p>\n")
        #expect(MarkdownHTML.render("<script>alert(1)</script>").html == "<!-- raw HTML omitted -->\n")
    }

    @Test func safeSchemesAreKept() {
        let html = MarkdownHTML.render("[a](https://x.io) [b](mailto:a@b.c) [c](x.md) [d](javascript-guide.md)").html
        #expect(
            html == """
                <p><a href="https://x.io">a</a> <a href="mailto:a@b.c">b</a> <a href="x.md">c</a> \
                <a href="javascript-guide.md">d</a></p>

                """)
    }
}
