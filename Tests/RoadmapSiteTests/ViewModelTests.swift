import RoadmapCore
import Testing
@testable import RoadmapSite

@Suite struct ViewModelTests {
    @Test func numbersFormatWithoutLocale() {
        #expect(Numbers.format(70) == "70")
        #expect(Numbers.format(0.5) == "0.5")
        #expect(Numbers.format(21333.333333) == "21333.33")
        #expect(Numbers.format(-1.25) == "-1.25")
        #expect(Numbers.format(0.105) == "0.11" || Numbers.format(0.105) == "0.1")
        #expect(Numbers.format(64, unit: "%") == "64%")
        #expect(Numbers.format(45, unit: "s") == "45 s")
        #expect(Numbers.percent(0.8) == "80%")
        #expect(Numbers.format(Double.infinity) == "∞")
    }

    @Test func keyResultProgressFollowsItsDirection() {
        let o = Fixtures.objective("o", title: "O", keyResults: [("down", "Time", 90, 45, 60, "s"), ("none", "N", 1, 2, nil, nil)])
        let falling = KeyResultView(objective: o, keyResult: o.keyResults[0], movers: [])
        #expect(falling.direction == "decrease")
        #expect(falling.percent == 67)
        #expect(falling.url == "objectives/o.html#kr-down")
        let unknown = KeyResultView(objective: o, keyResult: o.keyResults[1], movers: [])
        #expect(!unknown.hasProgress)
        #expect(unknown.progressText == "no progress data")
    }

    @Test func boardColumnsAreCappedAndListsPaginated() throws {
        let features = (0..<450).map { n in
            Fixtures.feature("f\(n)", title: "Feature \(n)", status: "planned", team: "T\(n % 3)", horizon: .now,
                             rice: RICE(reach: Double(n), impact: 1, confidence: 1, effort: 1))
        }
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(Fixtures.link(objectives: [], features: features), options: SiteTestSupport.options(output: out))
        let board = SiteTestSupport.read(out + "/index.html")
        #expect(board.components(separatedBy: "<li class=\"card").count - 1 == SitePlanner.columnCap)
        #expect(board.contains("<a href=\"horizons/now.html\">See all 450 in Now</a>"))
        let files = SiteTestSupport.files(in: out)
        #expect(files.filter { $0.hasPrefix("backlog") } == ["backlog/index.html", "backlog/index.page-2.html", "backlog/index.page-3.html"])
        #expect(files.contains("horizons/now.page-3.html"))
        let last = SiteTestSupport.read(out + "/backlog/index.page-3.html")
        #expect(last.components(separatedBy: "<tr>").count - 1 == 50 + 1)
        #expect(last.contains("<td class=\"num\" data-label=\"Rank\">450</td><th scope=\"row\"><a href=\"../prd/f0.html\">"))
        #expect(last.contains("<a class=\"pager__step\" rel=\"prev\" href=\"../backlog/index.page-2.html\">"))
    }

    @Test func timelineWindowIgnoresOutliers() throws {
        let card = CardView(id: "a", title: "A", url: "prd/a.html", status: StatusView(label: "x", category: "early", url: "s"),
                            team: nil, owner: "o", okrs: [], tags: [], schedule: nil, start: nil, due: nil, rice: nil,
                            rank: 1, broken: false)
        func bar(_ start: String, _ end: String) throws -> TimelineSVG.Bar {
            TimelineSVG.Bar(card: card, start: try #require(CalendarDate(iso: start)), end: try #require(CalendarDate(iso: end)))
        }
        var bars = try (0..<40).map { _ in try bar("2026-01-10", "2026-06-30") }
        bars.append(try bar("1999-01-01", "1999-02-01"))
        let window = try #require(TimelineSVG.window(for: bars))
        #expect(window.first.description == "2026-Q1")
        #expect(window.count == 2)
        let svg = TimelineSVG(first: window.first, quarterCount: window.count).render([bars[0]], id: "t", caption: "C", root: "")
        #expect(svg.contains("<rect class=\"tl-bar tl-bar--early\" x=\"341.0\" y=\"36\" width=\"209.0\" height=\"16\" rx=\"3\"/>"))
    }

    @Test func extremeValuesNeitherCrashNorLeak() throws {
        let features = [
            Fixtures.feature("last", title: "Last", status: "planned", quarter: "9999-Q4", due: "9999-12-31",
                             rice: RICE(reach: .infinity, impact: 1, confidence: .nan, effort: 0)),
            Fixtures.feature("first", title: "First", status: "planned", start: "0001-01-01", due: "0001-01-02"),
        ]
        let objectives = [Fixtures.objective("o", title: "O", keyResults: [("k", "K", .nan, 1, .infinity, nil), ("z", "Z", 5, 5, 5, nil)])]
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(Fixtures.link(objectives: objectives, features: features), options: SiteTestSupport.options(output: out))
        #expect(SiteTestSupport.read(out + "/timeline.html").contains("1-Q1 to 6-Q4"))
        #expect(SiteTestSupport.read(out + "/roadmap.json").contains("\"baseline\":null,\"target\":1,\"current\":null"), "NaN and infinity are null, as JSON cannot hold them")
        #expect(SiteTestSupport.read(out + "/prd/last.html").contains("<dd>∞</dd>"))
    }
}
