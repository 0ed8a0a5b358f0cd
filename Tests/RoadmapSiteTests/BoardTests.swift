import Foundation
import RoadmapCore
import Testing
@testable import RoadmapSite

/// The boards: where work sits on Now / Next / Later, the order of cards, the board the home page
/// shows, work-in-progress limits and team swimlanes.
@Suite struct BoardTests {
    static let today = CalendarDate(iso: "2026-08-15")!  // 2026-Q3

    static func place(_ f: Feature, today: CalendarDate? = BoardTests.today,
                      config: RoadmapConfig = RoadmapConfig()) -> BoardPlacement.Place {
        BoardPlacement(config: config, today: today).place(f)
    }

    @Test func nowNextLaterPlacesByQuarterAgainstToday() {
        func f(_ status: String = "planned", quarter: String? = nil, horizon: Horizon? = nil,
               start: String? = nil, due: String? = nil) -> Feature {
            Fixtures.feature("x", title: "X", status: status, quarter: quarter, horizon: horizon, start: start, due: due)
        }
        #expect(BoardTests.place(f(quarter: "2026-Q3")) == .column(.now))
        #expect(BoardTests.place(f(quarter: "2026-Q1")) == .column(.now), "an earlier quarter's open work is still now")
        #expect(BoardTests.place(f(quarter: "2026-Q4")) == .column(.next))
        #expect(BoardTests.place(f(quarter: "2027-Q1")) == .column(.later))
        #expect(BoardTests.place(f(due: "2026-12-01")) == .column(.next), "no quarter: the due date's quarter")
        #expect(BoardTests.place(f(start: "2027-02-01")) == .column(.later), "no quarter or due: the start's quarter")
        #expect(BoardTests.place(f(quarter: "2027-Q2", horizon: .now)) == .column(.now), "a horizon wins over a quarter")
        #expect(BoardTests.place(f("in-progress", horizon: .later)) == .column(.now), "work in progress is now")
        #expect(BoardTests.place(f("shipped", quarter: "2026-Q3")) == .offBoard)
        #expect(BoardTests.place(f("dropped", horizon: .now)) == .offBoard)
        #expect(BoardTests.place(f()) == .unplaced)
        #expect(BoardTests.place(f(quarter: "2026-Q4"), today: nil) == .unplaced, "without a day only horizons place")
        let last = CalendarDate(iso: "9999-11-30")!
        #expect(BoardTests.place(f(quarter: "9999-Q4"), today: last) == .column(.now), "the last quarter there is does not trap")
    }

    @Test func inProgressIsTheWorkflowsLastActiveStatusWithoutOne() {
        #expect(BoardPlacement.inProgressStatus(RoadmapConfig()) == "in-progress")
        let custom = RoadmapConfig(statuses: ["idea", "building", "testing", "live"])
        #expect(BoardPlacement.inProgressStatus(custom) == "testing")
    }

    @Test func cardsStandInProgressFirstThenByRankThenDueThenID() {
        let features = [
            Fixtures.feature("a", title: "A", status: "planned", due: "2026-09-01"),
            Fixtures.feature("b", title: "B", status: "planned", due: "2026-08-01"),
            Fixtures.feature("c", title: "C", status: "planned"),
            Fixtures.feature("d", title: "D", status: "in-progress"),
            Fixtures.feature("e", title: "E", status: "planned"),
            Fixtures.feature("f", title: "F", status: "planned"),
        ]
        let rank: [Int?] = [nil, nil, nil, nil, 2, 1]
        let order = BoardPlacement(config: RoadmapConfig(), today: BoardTests.today)
            .order(Array(features.indices), features: features) { rank[$0] }
        #expect(order.map { features[$0].id.rawValue } == ["d", "f", "e", "b", "a", "c"])
    }

    static func build(_ roadmap: Roadmap, today: CalendarDate? = BoardTests.today) throws -> (String, TempFolder) {
        let temp = TempFolder()
        let out = temp.path + "/site"
        var options = SiteTestSupport.options(output: out)
        options.today = today
        _ = try SiteTestSupport.build(roadmap, options: options)
        return (out, temp)
    }

    @Test func aRoadmapWithoutScheduleOpensOnTheStatusBoard() throws {
        let features = (0..<30).map { n in
            Fixtures.feature("p\(n)", title: "Proposal \(n)", status: ["idea", "planned", "shipped"][n % 3],
                             team: "T\(n % 2)")
        }
        let (out, temp) = try BoardTests.build(Fixtures.link(objectives: [], features: features))
        defer { temp.remove() }
        let home = SiteTestSupport.read(out + "/index.html")
        #expect(home.contains("30 PRDs by workflow status."))
        for status in ["idea", "discovery", "planned", "in-progress", "shipped", "dropped"] {
            #expect(home.contains(">\(status) <span class=\"column__count\">"), "a column per status, in workflow order: \(status)")
        }
        let positions = ["idea", "planned", "shipped"].map { home.range(of: "id=\"col-\($0)\"")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil } && positions == positions.sorted { $0! < $1! })
        #expect(home.contains("<a href=\"statuses/shipped.html\">See all 10 in shipped</a>") == false, "ten fit in a column")
        let files = SiteTestSupport.files(in: out)
        for page in ["board/status.html", "board/horizons.html", "board/teams.html"] { #expect(files.contains(page), "\(page)") }
        #expect(!files.contains("board/quarters.html"), "no quarter board without quarters")
        let lanes = SiteTestSupport.read(out + "/board/teams.html")
        #expect(lanes.contains("<tr id=\"lane-t0\">") && lanes.contains("<tr id=\"lane-t1\">"))
    }

    @Test func aScheduledRoadmapOpensOnNowNextLater() throws {
        let features = [
            Fixtures.feature("a", title: "A", status: "planned", quarter: "2026-Q3"),
            Fixtures.feature("b", title: "B", status: "planned", quarter: "2026-Q4"),
            Fixtures.feature("c", title: "C", status: "idea"),
            Fixtures.feature("d", title: "D", status: "shipped", quarter: "2026-Q2"),
        ]
        let (out, temp) = try BoardTests.build(Fixtures.link(objectives: [], features: features))
        defer { temp.remove() }
        let home = SiteTestSupport.read(out + "/index.html")
        #expect(home.contains("2 of 3 open PRDs placed by horizon"))
        #expect(home.contains("id=\"col-unscheduled\""), "the unplaced one is listed under the board")
        #expect(!home.contains("prd/d.html"), "shipped work leaves the board")
        let next = try #require(home.range(of: "id=\"col-next\""))
        #expect(home[next.lowerBound...].contains("prd/b.html"))
        #expect(SiteTestSupport.read(out + "/board/quarters.html").contains("id=\"col-2026-q2\""))
    }

    @Test func aStatusOverItsLimitIsMarked() throws {
        var config = RoadmapConfig(title: "Acme Roadmap")
        config.wipLimits = ["in-progress": 2, "planned": 5]
        let features = (0..<3).map { Fixtures.feature("w\($0)", title: "W\($0)", status: "in-progress") }
            + [Fixtures.feature("p", title: "P", status: "planned")]
        let (out, temp) = try BoardTests.build(Fixtures.link(config: config, objectives: [], features: features))
        defer { temp.remove() }
        let board = SiteTestSupport.read(out + "/board/status.html")
        #expect(board.contains("<section class=\"column column--over-limit\" aria-labelledby=\"col-in-progress\">"))
        #expect(board.contains("in-progress <span class=\"column__count\">3 / 2</span>"))
        #expect(board.contains("Over its work-in-progress limit of 2."))
        #expect(board.contains("<section class=\"column\" aria-labelledby=\"col-planned\">"), "at or under its limit: not marked")
        #expect(board.contains("planned <span class=\"column__count\">1 / 5</span>"))
    }

    @Test func cardsNameKeyResultsByTitleWithTheIDOnHover() throws {
        let objective = Fixtures.objective("grow", title: "Grow <fast>", keyResults: [("kr1", "Trials from 5% to \"8%\"", 5, 8, 6, "%")])
        let features = [Fixtures.feature("a", title: "A", status: "planned", horizon: .now, okrs: ["grow/kr1", "grow"])]
        let (out, temp) = try BoardTests.build(Fixtures.link(objectives: [objective], features: features))
        defer { temp.remove() }
        let home = SiteTestSupport.read(out + "/index.html")
        #expect(home.contains("<a class=\"okr\" href=\"objectives/grow.html#kr-kr1\" title=\"grow/kr1\">Trials from 5% to &quot;8%&quot;</a>"))
        #expect(home.contains("<a class=\"okr\" href=\"objectives/grow.html\" title=\"grow\">Grow &lt;fast&gt;</a>"))
    }
}
