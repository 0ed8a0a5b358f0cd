import Foundation
import Testing
@testable import RoadmapSite

/// Builds the small roadmap into `$ROADMAP_SITE_PREVIEW` for looking at it in a browser; does
/// nothing unless the variable is set.
@Suite struct PreviewTests {
    @Test func buildPreview() throws {
        guard let out = ProcessInfo.processInfo.environment["ROADMAP_SITE_PREVIEW"], out.hasPrefix("/") else { return }
        let report = try SiteTestSupport.build(Fixtures.small(), diagnostics: Fixtures.smallDiagnostics(),
                                               options: SiteTestSupport.options(output: out, force: true))
        #expect(report.pageCount > 0)
    }
}
