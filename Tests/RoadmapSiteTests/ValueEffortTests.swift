import Foundation
import RoadmapCore
import Testing
@testable import RoadmapSite

/// The value vs effort matrix: quadrants at the medians, ties, PRDs without RICE, the pages.
@Suite struct ValueEffortTests {
    static func prd(_ id: String, _ reach: Double, effort: Double, status: String = "planned", team: String? = nil,
                    title: String? = nil) -> Feature {
        Fixtures.feature(id, title: title ?? id.uppercased(), status: status, team: team,
                         rice: RICE(reach: reach, impact: 1, confidence: 1, effort: effort))
    }

    @Test func quadrantsSplitAtTheMediansOfOpenWork() {
        // Values 100, 200, 300, 400 (median 250); efforts 1, 2, 3, 4 (median 2.5).
        let features = [
            ValueEffortTests.prd("a", 400, effort: 1), ValueEffortTests.prd("b", 300, effort: 4),
            ValueEffortTests.prd("c", 200, effort: 2), ValueEffortTests.prd("d", 100, effort: 3),
            ValueEffortTests.prd("done", 1_000_000, effort: 1, status: "shipped"),
            Fixtures.feature("e", title: "E", status: "idea"),
        ]
        let open = features.indices.filter { features[$0].status != "shipped" }
        let matrix = ValueEffort(features: features, open: open)
        #expect(matrix.valueMedian == 250)
        #expect(matrix.effortMedian == 2.5)
        let quadrant = Dictionary(uniqueKeysWithValues: matrix.points.map { (features[$0.index].id.rawValue, $0.quadrant) })
        #expect(quadrant == ["a": .quickWins, "b": .bigBets, "c": .fillIns, "d": .moneyPits])
        #expect(matrix.unscored.map { features[$0].id.rawValue } == ["e"], "listed, not dropped")
        // By RICE score: a 400, c 100, b 75, d 33.3.
        #expect(matrix.points.map { features[$0.index].id.rawValue } == ["a", "c", "b", "d"])
    }

    @Test func equalScoresAreOrderedByIDAndEqualWorkIsAllQuickWins() {
        let features = [ValueEffortTests.prd("z", 100, effort: 2), ValueEffortTests.prd("m", 100, effort: 2),
                        ValueEffortTests.prd("a", 100, effort: 2)]
        let matrix = ValueEffort(features: features, open: Array(features.indices))
        #expect(matrix.points.map { features[$0.index].id.rawValue } == ["a", "m", "z"])
        #expect(matrix.points.allSatisfy { $0.quadrant == .quickWins })
        #expect(ValueEffort.median([]) == 0)
        #expect(ValueEffort.median([5]) == 5)
        #expect(ValueEffort.median([1, 9, 3]) == 3)
    }

    @Test func theMatrixPageDrawsNamesAndListsEveryOpenPRD() throws {
        let features = [
            ValueEffortTests.prd("a", 400, effort: 1, team: "Core", title: "<b>Fast</b> & \"cheap\""),
            ValueEffortTests.prd("b", 300, effort: 4, team: "Core"),
            ValueEffortTests.prd("c", 200, effort: 2, team: "Web"),
            Fixtures.feature("e", title: "No estimate", status: "idea", team: "Web"),
        ]
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(Fixtures.link(objectives: [], features: features), options: SiteTestSupport.options(output: out))
        let page = SiteTestSupport.read(out + "/matrix.html")
        #expect(page.contains("<svg class=\"matrix\""))
        #expect(page.contains("&lt;b&gt;Fast&lt;/b&gt; &amp; &quot;cheap&quot;"))
        #expect(!page.contains("<b>Fast</b>"))
        #expect(page.components(separatedBy: "<circle class=\"ve-dot").count - 1 == 3)
        #expect(page.contains("<a href=\"prd/a.html\"><title>"), "few dots: each a link")
        #expect(page.contains("id=\"q-quick-wins\">Quick wins <span class=\"column__count\">1</span>"))
        #expect(page.contains("Without RICE <span class=\"column__count\">1</span>"))
        #expect(page.contains("<a href=\"prd/e.html\"><bdi>No estimate</bdi></a>"))
        #expect(page.contains("<a href=\"matrix/teams/core.html\"><bdi>Core</bdi> <span class=\"column__count\">2</span></a>"))
        let core = SiteTestSupport.read(out + "/matrix/teams/core.html")
        #expect(core.components(separatedBy: "<circle class=\"ve-dot").count - 1 == 2)
        #expect(core.contains("<a href=\"../../prd/b.html\">"))
    }

    @Test func thousandsOfDotsArePlainAndQuadrantsGetFullLists() throws {
        let features = (0..<1600).map { ValueEffortTests.prd(String(format: "p%04d", $0), Double($0 + 1), effort: Double($0 % 7 + 1)) }
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(Fixtures.link(objectives: [], features: features), options: SiteTestSupport.options(output: out))
        let page = SiteTestSupport.read(out + "/matrix.html")
        #expect(page.components(separatedBy: "<circle class=\"ve-dot").count - 1 == 1600)
        #expect(!page.contains("<a href=\"prd/p0000.html\"><title>"), "over the cap the dots are not links")
        #expect(page.contains("There are 1600 here: the dots are not links"))
        #expect(page.contains("<a href=\"matrix/quick-wins.html\">See all"))
        #expect(FileManager.default.fileExists(atPath: out + "/matrix/quick-wins.html"))
        let size = (try FileManager.default.attributesOfItem(atPath: out + "/matrix.html")[.size] as? Int) ?? 0
        #expect(size < 400_000, "\(size) bytes")
    }
}
