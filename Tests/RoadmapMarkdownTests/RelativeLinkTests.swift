import RoadmapMarkdown
import Testing

@Suite struct RelativeLinkTests {
    @Test(arguments: [
        ("other.md", true),
        ("./other.md", true),
        ("../prds/x.md#goals", true),
        ("img/a b.png", true),
        ("docs/a:b.md", true),
        ("file.md?raw=1", true),
        ("", false),
        ("   ", false),
        ("#anchor", false),
        ("?tab=2", false),
        ("/abs/path.md", false),
        ("//host/x.md", false),
        ("\\\\host\\share", false),
        ("https://example.com", false),
        ("HTTP://EXAMPLE.COM", false),
        ("mailto:a@b.c", false),
        ("javascript:alert(1)", false),
        ("JaVaScRiPt:alert(1)", false),
        (" javascript:alert(1)", false),
        ("java\tscript:alert(1)", false),
        ("data:text/html,x", false),
        ("C:\\docs\\x.md", false),
        ("x-custom+app.v2:thing", false),
        ("1abc:x", true),
    ])
    func isRelative(destination: String, expected: Bool) {
        #expect(MarkdownOutline.isRelative(destination) == expected)
    }
}
