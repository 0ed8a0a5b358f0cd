import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSources
import Testing
@testable import RoadmapSite

/// The key-result chart, forecast text and status on a site built from a scripted repository.
@Suite struct KeyResultChartSiteTests {
    static func objective(current: Double, note: String? = nil) -> String {
        var kr = "  - id: kr1\n    title: \"NPS <script>alert(1)</script>\"\n    baseline: 20\n    target: 40\n    current: \(current)\n"
        if let note { kr += "    note: \"\(note)\"\n" }
        return "---\nid: grow-nps\ntitle: Grow NPS\nperiod: 2026-Q3\nkey_results:\n\(kr)  - id: kr2\n    title: Churn\n    baseline: 5\n    target: 3\n    current: 5\n---\nWhy.\n"
    }

    /// Builds the site of a repository with three check-ins on kr1 in 2026-Q3 (20, 24, 26 on
    /// July 1, July 31, August 30) and one on kr2; returns the output folder's files.
    static func build() throws -> (page: String, list: String, json: String, root: String, board: String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-krchart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let root = base.resolvingSymlinksInPath().path
        let helper = HistoryRepoSiteTests()
        func write(_ text: String) throws {
            try FileManager.default.createDirectory(atPath: root + "/okrs", withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/okrs/grow-nps.md"))
        }
        try helper.git(["init", "-q", "-b", "main"], in: root)
        try Data("title: T\n".utf8).write(to: URL(fileURLWithPath: root + "/roadmap.yml"))
        try FileManager.default.createDirectory(atPath: root + "/prds", withIntermediateDirectories: true)
        try Data("---\nid: survey\ntitle: Survey\nstatus: in-progress\nowner: Sam\nokrs: [grow-nps/kr1]\n---\nBody.\n".utf8)
            .write(to: URL(fileURLWithPath: root + "/prds/survey.md"))
        for (current, time, note) in [(20.0, "1782900000 +0000", nil), (24.0, "1785492000 +0000", "wave <1> \\\"ok\\\""), (26.0, "1788084000 +0000", nil)] {
            try write(objective(current: current, note: note))
            try helper.git(["add", "-A"], in: root)
            try helper.git(["commit", "-q", "-m", "NPS \(current)"], in: root, time: time)
        }
        let location = try RoadmapLocation.resolve(".", currentDirectory: root, ceilingDirectories: [(root as NSString).deletingLastPathComponent])
        let compilation = try RoadmapCompiler(source: location.workingTree()).compile()
        let mined = try HistoryMiner(location: location, config: compilation.roadmap.config, cacheFile: nil).mine()
        let out = root + "/_site"
        _ = try SiteBuilder(roadmap: compilation.roadmap, diagnostics: compilation.diagnostics,
                            options: SiteTestSupport.options(output: out), bodyRenderer: EscapingBodyRenderer(),
                            history: mined.history).build()
        return (SiteTestSupport.read(out + "/objectives/grow-nps.html"), SiteTestSupport.read(out + "/objectives.html"),
                SiteTestSupport.read(out + "/roadmap.json"), root, SiteTestSupport.read(out + "/index.html"))
    }

    static func attribute(_ name: String, in tag: Substring) -> Double? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        return Double(tag[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test func chartNumbersMatchTheStatedForecast() throws {
        let (page, list, json, root, board) = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // By hand: (0, 20), (30, 24), (60, 26) → slope 0.1, value at day 91 = 70/3 − 3 + 9.1.
        let projected: Double = 70.0 / 3 - 3 + 9.1
        #expect(page.contains("Forecast: \(Numbers.format(projected, unit: nil)) by 2026-09-30, 47% of target"), "\(page)")
        let svg = try #require(page.range(of: "<svg class=\"kr-chart\"").map { page[$0.lowerBound...].prefix { $0 != ">" } })
        let low = try #require(Self.attribute("data-y-min", in: svg)), high = try #require(Self.attribute("data-y-max", in: svg))
        let line = try #require(page.range(of: "<line class=\"krc-forecast\"").map { page[$0.lowerBound...].prefix { $0 != ">" } })
        let x2 = try #require(Self.attribute("x2", in: line)), y2 = try #require(Self.attribute("y2", in: line))
        let plotH = KeyResultChartSVG.height - KeyResultChartSVG.top - KeyResultChartSVG.bottom
        let drawn = high - (y2 - KeyResultChartSVG.top) / plotH * (high - low)
        #expect(abs(drawn - projected) < (high - low) / plotH, "forecast drawn at \(drawn), stated \(projected)")
        #expect(abs(x2 - (KeyResultChartSVG.width - KeyResultChartSVG.right)) < 0.05, "the forecast ends on the period's last day")
        // kr1's three check-ins and kr2's one (its first commit, in the period too).
        #expect(page.components(separatedBy: "<circle class=\"krc-checkin\"").count == 5)
        #expect(page.contains("<line class=\"krc-plan\""))
        #expect(!page.contains("<script>alert(1)</script>") && page.contains("wave &lt;1&gt;"))
        #expect(page.contains("<span class=\"okr-status okr-status--off-track\">off track</span>"))
        #expect(page.contains("No forecast: only one check-in inside the objective&#39;s period; a forecast needs two.")
                || page.contains("No forecast: only one check-in inside the objective&apos;s period; a forecast needs two.")
                || page.contains("No forecast: only one check-in inside the objective's period; a forecast needs two."), "kr2's reason")
        #expect(list.contains("<span class=\"okr-status okr-status--off-track\">off track</span>"), "the objectives page")
        #expect(json.contains("\"status\":\"off-track\""))
        #expect(board.contains("class=\"okr okr--off-track\"") && board.contains("title=\"grow-nps/kr1, off track\""), "the board's OKR chip")
        #expect(json.contains("\"checkins\":[{"))
        #expect(json.contains("\"percentOfTarget\":"))
    }

    @Test func theSameHistoryDrawsTheSameBytes() throws {
        let first = try Self.build(), second = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: first.root); try? FileManager.default.removeItem(atPath: second.root) }
        let chart = { (page: String) in page.range(of: "<svg class=\"kr-chart\"").map { String(page[$0.lowerBound...].prefix(4000)) } }
        #expect(chart(first.page) != nil)
        #expect(chart(first.page) == chart(second.page))
    }
}
