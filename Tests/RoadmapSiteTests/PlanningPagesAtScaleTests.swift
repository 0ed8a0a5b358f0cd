import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapCorpus
import Testing
@testable import RoadmapSite

/// The planning pages on roadmaps that are not the sample: 10,000 PRDs from the project's
/// generator (every page small enough to open), and the real Swift Evolution proposals, which
/// have no quarters or horizons, so the status board must be the home page and still usable.
@Suite struct PlanningPagesAtScaleTests {
    static let today = CalendarDate(iso: "2026-08-15")!

    /// Generated, compiled and rendered into memory once for the suite.
    static let generated: RenderedSite? = {
        var files = Dictionary(CorpusGenerator(spec: CorpusSpec(prds: 10_000, objectives: 300, seed: 42)).files()
            .map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        // With every planning setting, so the capacity page and a score's backlog order exist too.
        let teams = ["analytics", "growth", "identity", "mobile", "onboarding", "payments", "platform", "search"]
        files["roadmap.yml", default: ""] += "\nwip_limits: {in-progress: 500}\n"
            + "scores:\n  ice:\n    formula: impact * confidence * ease\n"
            + "    inputs: {impact: [1, 10], confidence: [1, 10], ease: [1, 10]}\n"
            + "capacity:\n" + teams.map { "  \($0): {2026-Q3: 60, 2026-Q4: 60}\n" }.joined()
        let source = InMemorySource(files: files)
        guard let compiled = try? RoadmapCompiler(source: source, options: CompileOptions(today: today)).compile() else { return nil }
        return render(compiled)
    }()

    static func render(_ compiled: Compilation) -> RenderedSite? {
        var options = SiteTestSupport.options(output: "/nonexistent/site", allowErrors: true)
        options.today = today
        return try? SiteBuilder(roadmap: compiled.roadmap, diagnostics: compiled.diagnostics, options: options,
                                bodyRenderer: FastEscapingRenderer()).plan().render()
    }

    static func text(_ site: RenderedSite, _ path: String) -> String {
        site[path].map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }

    @Test func everyPageOfATenThousandPRDRoadmapIsUnderTwoMegabytes() throws {
        let site = try #require(Self.generated)
        for page in ["index.html", "board/status.html", "board/horizons.html", "board/quarters.html", "board/teams.html",
                     "timeline.html", "matrix.html", "matrix/quick-wins.html", "graph.html", "capacity.html",
                     "backlog/ice.html"] {
            #expect(site[page] != nil, "\(page) is missing")
        }
        // Pages, not the data files (roadmap.json and the search index hold every PRD by design).
        let heavy = site.paths.filter { $0.hasSuffix(".html") && site[$0]!.bytes.count > 2_000_000 }
            .map { "\($0): \(site[$0]!.bytes.count) bytes" }
        #expect(heavy.isEmpty, "\(heavy)")
        let largest = site.paths.filter { $0.hasSuffix(".html") }.map { site[$0]!.bytes.count }.max() ?? 0
        #expect(largest > 100_000, "the largest page (\(largest) bytes) shows the check can fail")
    }

    @Test func theGeneratedRoadmapOpensOnACappedNowNextLaterBoard() throws {
        let site = try #require(Self.generated)
        let home = Self.text(site, "index.html")
        #expect(home.contains("<a href=\"index.html\" aria-current=\"page\">Now, next, later"))
        #expect(home.components(separatedBy: "<li class=\"card").count - 1 <= 4 * SitePlanner.columnCap)
        #expect(home.contains("<a href=\"horizons/now.html\">See all "))
        let lanes = Self.text(site, "board/teams.html")
        #expect(lanes.components(separatedBy: "<tr id=\"lane-").count - 1 == 8, "one swimlane per generated team")
        let matrix = Self.text(site, "matrix.html")
        #expect(matrix.contains("the dots are not links"), "thousands of dots stay plain")
    }

    static let evolution: URL? = {
        let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return [repoRoot.deletingLastPathComponent(), repoRoot.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("shared/corpora/swift-evolution") }
            .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("roadmap.yml").path) }
    }()

    @Test(.enabled(if: evolution != nil, "the shared Swift Evolution corpus is not beside the repository"))
    func swiftEvolutionOpensOnTheStatusBoard() throws {
        let folder = try #require(Self.evolution)
        var files: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "md" || url.lastPathComponent == "roadmap.yml" else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = Array(try Data(contentsOf: url))
        }
        let compiled = try RoadmapCompiler(source: InMemorySource(bytes: files), options: CompileOptions(today: Self.today)).compile()
        #expect(compiled.roadmap.features.count > 500)
        let site = try #require(Self.render(compiled))
        let home = Self.text(site, "index.html")
        #expect(home.contains("<a href=\"index.html\" aria-current=\"page\">By status"))
        #expect(home.contains("PRDs by workflow status."))
        // The column of hundreds of shipped proposals shows ten and links to all of them.
        let shipped = try #require(home.range(of: "id=\"col-shipped\""))
        let column = home[shipped.lowerBound...].prefix { _ in true }
        let end = column.range(of: "</section>")?.lowerBound ?? column.endIndex
        #expect(column[..<end].components(separatedBy: "<li class=\"card").count - 1 == SitePlanner.columnCap)
        #expect(column[..<end].contains("<a href=\"statuses/shipped.html\">See all "))
        #expect(site.paths.filter { $0.hasSuffix(".html") }.allSatisfy { site[$0]!.bytes.count < 2_000_000 })
    }
}
