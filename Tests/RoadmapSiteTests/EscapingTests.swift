import Foundation
import RoadmapCore
import Testing
@testable import RoadmapSite

/// Front-matter values are attacker-controlled text: they must come out escaped everywhere.
@Suite struct EscapingTests {
    static let hostileTitle = "<script>alert(1)</script> & co"
    static let hostileOwner = "\"><img src=x onerror=alert(2)>"
    static let hostileTag = "<b onmouseover='x'>tag</b>"

    func buildHostileSite() throws -> (TempFolder, String) {
        let temp = TempFolder()
        let out = temp.path + "/site"
        let features = [
            Fixtures.feature("evil", title: Self.hostileTitle, status: "in-progress", owner: Self.hostileOwner,
                             team: "<i>Team</i>\"", quarter: "2026-Q3", due: "2026-09-01", okrs: ["goal/kr1"],
                             rice: RICE(reach: 1, impact: 1, confidence: 1, effort: 1), tags: [Self.hostileTag],
                             body: "<script>alert(3)</script>"),
            Fixtures.feature("plain", title: "Plain", status: "planned", dependsOn: ["evil"]),
        ]
        let objectives = [Fixtures.objective("goal", title: "</title><script>x()</script>", owner: Self.hostileOwner,
                                             keyResults: [("kr1", "<svg onload=alert(4)>", 0, 10, 5, "\"%\"")])]
        let roadmap = Fixtures.link(objectives: objectives, features: features)
        let diagnostics = [Diagnostic(.unknownKey, "unknown key <script>", at: SourceLocation(path: "prds/evil.md", line: 3),
                                      help: "\"><script>")]
        _ = try SiteTestSupport.build(roadmap, diagnostics: diagnostics, options: SiteTestSupport.options(output: out))
        return (temp, out)
    }

    @Test func noHostileMarkupSurvivesInAnyPage() throws {
        let (temp, out) = try buildHostileSite()
        defer { temp.remove() }
        let pages = SiteTestSupport.files(in: out).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 10)
        for page in pages {
            let html = SiteTestSupport.read(out + "/" + page)
            #expect(!html.contains("<script>alert"), "unescaped script in \(page)")
            #expect(!html.contains("<script>x()"), "unescaped script in \(page)")
            #expect(!html.contains("<img src=x"), "unescaped owner in \(page)")
            #expect(!html.contains("<b onmouseover"), "unescaped tag in \(page)")
            #expect(!html.contains("<svg onload"), "unescaped key result in \(page)")
            #expect(!html.contains("<i>Team</i>"), "unescaped team in \(page)")
        }
    }

    @Test func hostileValuesAppearEscapedInTextAndAttributes() throws {
        let (temp, out) = try buildHostileSite()
        defer { temp.remove() }
        let prd = SiteTestSupport.read(out + "/prd/evil.html")
        #expect(prd.contains("<h1 dir=\"auto\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h1>"))
        #expect(prd.contains("<bdi class=\"owner\">&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</bdi>"))
        #expect(prd.contains("&lt;b onmouseover=&#39;x&#39;&gt;tag&lt;/b&gt;"))
        #expect(prd.contains("<p>&lt;script&gt;alert(3)&lt;/script&gt;</p>"))
        #expect(prd.contains("unknown key &lt;script&gt;"))
        let board = SiteTestSupport.read(out + "/index.html")
        #expect(board.contains(">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</a>"))
        let objective = SiteTestSupport.read(out + "/objectives/goal.html")
        #expect(objective.contains("<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt; · Acme Roadmap</title>"))
    }

    @Test func timelineSVGEscapesTitlesAndStatuses() throws {
        let (temp, out) = try buildHostileSite()
        defer { temp.remove() }
        let timeline = SiteTestSupport.read(out + "/timeline.html")
        #expect(timeline.contains("<svg class=\"timeline timeline--wide\""))
        #expect(timeline.contains("<svg class=\"timeline timeline--compact\""))
        // In both drawings: the title in the wide one's label column and above the bar on a phone.
        #expect(timeline.components(separatedBy: "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co").count - 1 >= 2)
        #expect(!timeline.contains("<script>alert"))
    }

    @Test func htmlEscapeCoversQuotesAndApostrophes() {
        #expect(HTML.escape("a<b>\"c\"&'d'") == "a&lt;b&gt;&quot;c&quot;&amp;&#39;d&#39;")
        #expect(HTML.escape("plain") == "plain")
    }

    @Test func searchIndexIsDataNotMarkup() throws {
        let (temp, out) = try buildHostileSite()
        defer { temp.remove() }
        let script = SiteTestSupport.read(out + "/search-index.js")
        #expect(script.hasPrefix("window.ROADMAP_SEARCH_INDEX = {"))
        #expect(script.contains("\"title\":\"<script>alert(1)</script> & co\""))
        let json = String(script.dropFirst("window.ROADMAP_SEARCH_INDEX = ".count).dropLast(2))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((decoded?["entries"] as? [Any])?.count == 3)
    }
}
