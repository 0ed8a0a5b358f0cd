import RoadmapCore
import Testing
@testable import RoadmapSite

@Suite struct LeadingTitleTests {
    @Test func dropsAnOpeningHeadingThatRepeatsTheTitle() {
        #expect(LeadingTitle.strip("# One-page checkout\n\nBody text.\n", title: "One-page checkout") == "\nBody text.\n")
        #expect(LeadingTitle.strip("\n\n  # one-PAGE checkout  \nBody", title: " One-page Checkout") == "Body")
        #expect(LeadingTitle.strip("# One-page checkout ##\nBody", title: "One-page checkout") == "Body")
        #expect(LeadingTitle.strip("One-page checkout\n=====\nBody", title: "one-page checkout") == "Body")
        #expect(LeadingTitle.strip("# One-page checkout", title: "One-page checkout") == "")
    }

    @Test func keepsEverythingElse() {
        let cases = [
            "# Checkout, one page\n\nBody",   // different text
            "## One-page checkout\nBody",     // not level 1
            "#One-page checkout\nBody",       // not a heading without the space
            "    # One-page checkout\nBody",  // indented code
            "Intro\n\n# One-page checkout\n", // not the first thing
            "One-page checkout\n---\nBody",   // a level-2 setext heading
        ]
        for markdown in cases { #expect(LeadingTitle.strip(markdown, title: "One-page checkout") == markdown) }
        #expect(LeadingTitle.strip("# \n", title: "") == "# \n")
    }

    @Test func itemPagesShowTheTitleOnceAndEffortInPersonMonths() throws {
        let feature = Fixtures.feature("f", title: "Saved cards", status: "planned", team: "Payments", horizon: .now,
                                       rice: RICE(reach: 10, impact: 2, confidence: 0.5, effort: 6),
                                       body: "# Saved cards\n\nLet buyers keep a card.\n")
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(Fixtures.link(objectives: [], features: [feature]), options: SiteTestSupport.options(output: out))
        let page = SiteTestSupport.read(out + "/prd/f.html")
        #expect(page.components(separatedBy: "Saved cards</h1>").count - 1 == 1)
        #expect(page.contains("<p>Let buyers keep a card.</p>"))
        #expect(!page.contains("# Saved cards"))
        #expect(page.contains("<dt>Effort</dt><dd>6 person-months</dd>"))
        #expect(RiceView(RICE(reach: 1, impact: 1, confidence: 1, effort: 1)).effortText == "1 person-month")
    }
}
