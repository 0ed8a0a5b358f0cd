import Foundation
import Testing
@testable import RoadmapSite

/// Builds the small roadmap into `$ROADMAP_SITE_PREVIEW` for looking at it in a browser; skipped
/// unless the variable is set to an absolute folder.
@Suite struct PreviewTests {
    static let folder = ProcessInfo.processInfo.environment["ROADMAP_SITE_PREVIEW"].flatMap { $0.hasPrefix("/") ? $0 : nil }

    @Test(.enabled(if: folder != nil, "a preview for people: set ROADMAP_SITE_PREVIEW=/absolute/folder"))
    func buildPreview() throws {
        let out = try #require(Self.folder)
        let report = try SiteTestSupport.build(Fixtures.small(), diagnostics: Fixtures.smallDiagnostics(),
                                               options: SiteTestSupport.options(output: out, force: true))
        #expect(report.pageCount > 0)
    }
}
