import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapReport
import RoadmapTestSupport
import Testing

/// The text, JSON and GitHub renderings of one broken roadmap, pinned byte for byte.
/// Run with RECORD_GOLDEN=1 to rewrite the files after an intended change.
@Suite struct ReporterGoldenTests {
    static func brokenRoadmap() throws -> Compilation {
        try Fixture.compile([
            "prds/payments/saved-cards.md": Fixture.prd
                .replacingOccurrences(of: "status: planned", with: "status: planed")
                .replacingOccurrences(of: "okrs: [grow-checkout/kr1]", with: "okrs: [grow-checkout/kr2]\ndepends_on: [one-page]"),
            "prds/payments/one-page.md": """
                ---
                id: one-page
                title: "One-page checkout <b>"
                status: in-progress
                owner: Sam Lee
                due: 2026-02-30
                depends_on: [saved-cards]
                rice: { reach: 100, impact: 4, confidence: 50%, effort: 1 }
                titel: typo
                ---
                ## Problem

                """,
        ])
    }

    static func quoter(_ c: Compilation) -> SourceQuoter {
        SourceQuoter(line: { c.line($1, of: $0) }, display: { "roadmap/" + $0 })
    }

    @Test func text() throws {
        let c = try Self.brokenRoadmap()
        try Golden.check("check.txt", TextReporter(quoter: Self.quoter(c), color: false).render(c.diagnostics, fileCount: c.fileCount))
    }

    @Test func textInColour() throws {
        let c = try Self.brokenRoadmap()
        let out = TextReporter(quoter: Self.quoter(c), color: true).render(c.diagnostics, fileCount: c.fileCount)
        #expect(out.contains("\u{1B}[31merror\u{1B}[0m"))
    }

    @Test func json() throws {
        let c = try Self.brokenRoadmap()
        let out = JSONReporter(quoter: Self.quoter(c)).render(c.diagnostics, fileCount: c.fileCount)
        try Golden.check("check.json", out)
        let parsed = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
        #expect(parsed?["schemaVersion"] as? Int == 2)
    }

    @Test func github() throws {
        let c = try Self.brokenRoadmap()
        try Golden.check("check.github.txt", GitHubReporter(quoter: Self.quoter(c)).render(c.diagnostics, fileCount: c.fileCount))
    }
}

/// Compares output with a file under Golden/ (RECORD_GOLDEN=1 rewrites it, and fails the run).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ name: String, _ actual: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try RoadmapTestSupport.Golden.check(actual, against: folder.appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
