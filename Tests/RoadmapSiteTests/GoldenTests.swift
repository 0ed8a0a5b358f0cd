import Foundation
import RoadmapTestSupport
import Testing
@testable import RoadmapSite

/// Pins the HTML of the main pages of a small roadmap. Re-record after an intended change with
/// `RECORD_GOLDEN=1 swift test --filter RoadmapSiteTests.GoldenTests` (that run fails), then review the diff.
@Suite struct GoldenTests {
    static let pages = [
        "index.html", "timeline.html", "objectives.html", "objectives/grow-checkout.html",
        "prd/one-page-checkout.html", "backlog/index.html", "health.html", "teams/payments.html", "roadmap.json",
        "search-index.js",
    ]

    @Test(arguments: pages) func pageMatchesGolden(_ page: String) throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(Fixtures.small(), diagnostics: Fixtures.smallDiagnostics(),
                                      options: SiteTestSupport.options(output: out))
        let actual = SiteTestSupport.read(out + "/" + page)
        let golden = SiteTestSupport.goldenFolder + "/" + page.replacingOccurrences(of: "/", with: "__")
        try Golden.check(actual, against: URL(fileURLWithPath: golden), page)
    }
}
