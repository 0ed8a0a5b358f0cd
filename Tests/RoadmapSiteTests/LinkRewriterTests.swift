import Testing
@testable import RoadmapSite

@Suite struct LinkRewriterTests {
    let rewriter = LinkRewriter(
        pages: ["prds/payments/saved-cards.md": "prd/saved-cards.html", "okrs/growth.md": "objectives/growth.html"],
        sourceLinkBase: nil)

    @Test func resolvesRelativeToTheLinkingFileAndKeepsFragments() {
        #expect(rewriter.rewrite("../payments/saved-cards.md#scope", from: "prds/web/checkout.md", root: "../")
            == "../prd/saved-cards.html#scope")
        #expect(rewriter.rewrite("saved-cards.md", from: "prds/payments/other.md", root: "../") == "../prd/saved-cards.html")
        #expect(rewriter.rewrite("./../../okrs/growth.md", from: "prds/web/checkout.md", root: "") == "objectives/growth.html")
        #expect(rewriter.rewrite("saved%2Dcards.md?x=1#top", from: "prds/payments/a.md", root: "../") == "../prd/saved-cards.html#top")
    }

    @Test func leavesEverythingElseAlone() {
        for destination in ["https://example.com/a.md", "#section", "/prds/payments/saved-cards.md", "javascript:alert(1)",
                            "mailto:x@example.com", "missing.md", "../../../../etc/passwd", "", "//evil.example/x.md"] {
            #expect(rewriter.rewrite(destination, from: "prds/payments/a.md", root: "../") == nil, "\(destination)")
        }
    }

    @Test func linksToOtherFilesGoToTheSourceWhenKnown() {
        let withSource = LinkRewriter(pages: [:], sourceLinkBase: "https://git.example/acme/blob/main/")
        #expect(withSource.rewrite("../img/flow chart.png", from: "prds/web/a.md", root: "../")
            == "https://git.example/acme/blob/main/prds/img/flow%20chart.png")
        #expect(withSource.rewrite("javascript:alert(1)", from: "prds/a.md", root: "") == nil)
        #expect(withSource.rewrite("javascript%3Aalert(1)", from: "prds/a.md", root: "")
            == "https://git.example/acme/blob/main/prds/javascript%3Aalert%281%29")
    }

    @Test func schemeDetection() {
        #expect(LinkRewriter.hasScheme("http://x"))
        #expect(LinkRewriter.hasScheme("JavaScript:x"))
        #expect(LinkRewriter.hasScheme("a+b.c-d:x"))
        #expect(!LinkRewriter.hasScheme("a/b:c"))
        #expect(!LinkRewriter.hasScheme(":x"))
        #expect(!LinkRewriter.hasScheme("1a:x"))
    }
}
