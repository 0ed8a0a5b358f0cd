import RoadmapCore
import Testing

@Suite struct CapacityPlanTests {
    static let here = SourceLocation(path: "roadmap.yml", line: 1)

    static func config(_ entries: [(String, String, Double)]) -> RoadmapConfig {
        var config = RoadmapConfig()
        config.capacity = entries.map {
            CapacityEntry(team: $0.0, quarter: Quarter($0.1)!, personMonths: $0.2, location: here, teamLocation: here)
        }
        return config
    }

    static func feature(_ id: String, team: String? = "payments", status: String = "planned", quarter: String? = nil,
                        start: String? = nil, due: String? = nil, effort: Double? = 3, horizon: Horizon? = nil) -> Feature {
        Feature(id: ItemID(id)!, title: id, status: status, owner: "Sam", team: team, quarter: quarter.flatMap(Quarter.init),
                horizon: horizon, start: start.flatMap { CalendarDate(iso: $0) }, due: due.flatMap { CalendarDate(iso: $0) },
                rice: effort.map { RICE(reach: 1, impact: 1, confidence: 1, effort: $0) }, path: "prds/\(id).md")
    }

    @Test func aSpanOverTwoQuartersIsSplitByDays() throws {
        // 2026-09-01..2026-10-31: 30 days in Q3 (September), 31 in Q4 (October), of 61.
        let plan = CapacityPlan(features: [Self.feature("split", start: "2026-09-01", due: "2026-10-31", effort: 6.1)],
                                config: Self.config([("payments", "2026-Q3", 12), ("payments", "2026-Q4", 10)]))
        #expect(plan.cells.count == 2)
        #expect(abs(plan.cells[0].committed - 3.0) < 1e-9)
        #expect(abs(plan.cells[1].committed - 3.1) < 1e-9)
        #expect(plan.cells[0].shares.map(\.feature.rawValue) == ["split"])
    }

    @Test func aQuarterAloneTakesEverything() {
        let plan = CapacityPlan(features: [Self.feature("q", quarter: "2026-Q3", effort: 4),
                                           Self.feature("due-only", due: "2026-08-15", effort: 2),
                                           Self.feature("start-only", start: "2026-10-02", effort: 1),
                                           Self.feature("horizon", effort: 9, horizon: .now)],
                                config: Self.config([("payments", "2026-Q3", 5), ("payments", "2026-Q4", 5)]))
        #expect(plan.cells[0].committed == 6)
        #expect(plan.cells[0].shares.map(\.feature.rawValue) == ["q", "due-only"])
        #expect(plan.cells[0].isOver)
        #expect(plan.cells[1].committed == 1)
        #expect(!plan.cells[1].isOver)
    }

    @Test func datesWinOverTheQuarter() {
        let plan = CapacityPlan(features: [Self.feature("dated", quarter: "2026-Q3", start: "2026-10-01", due: "2026-12-31", effort: 2)],
                                config: Self.config([("payments", "2026-Q3", 5), ("payments", "2026-Q4", 5)]))
        #expect(plan.cells.map(\.committed) == [0, 2])
    }

    @Test func unknownEffortIsListedDroppedIsLeftOutShippedCounts() {
        let plan = CapacityPlan(features: [Self.feature("no-effort-b", quarter: "2026-Q3", effort: nil),
                                           Self.feature("no-effort-a", quarter: "2026-Q3", effort: nil),
                                           Self.feature("dropped", status: "dropped", quarter: "2026-Q3", effort: 8),
                                           Self.feature("shipped", status: "shipped", quarter: "2026-Q3", effort: 2),
                                           Self.feature("other-team", team: "growth", quarter: "2026-Q3", effort: 8),
                                           Self.feature("no-team", team: nil, quarter: "2026-Q3", effort: 8)],
                                config: Self.config([("payments", "2026-Q3", 5)]))
        let cell = plan.cells[0]
        #expect(cell.committed == 2)
        #expect(cell.shares.map(\.feature.rawValue) == ["shipped"])
        #expect(cell.unknown.map(\.feature.rawValue) == ["no-effort-a", "no-effort-b"])
    }

    @Test func sharesAreLargestFirstTiesById() {
        let plan = CapacityPlan(features: [Self.feature("c", quarter: "2026-Q3", effort: 2), Self.feature("b", quarter: "2026-Q3", effort: 5),
                                           Self.feature("a", quarter: "2026-Q3", effort: 2)],
                                config: Self.config([("payments", "2026-Q3", 10)]))
        #expect(plan.cells[0].shares.map(\.feature.rawValue) == ["b", "a", "c"])
        #expect(plan.cells[0].committed == 9)
    }

    @Test func aSpanWithinOneQuarter() {
        let spread = CapacityPlan.spread(Self.feature("x", start: "2026-07-01", due: "2026-07-31"))
        #expect(spread.count == 1)
        #expect(spread.first?.0 == Quarter("2026-Q3"))
        #expect(spread.first?.1 == 1)
        // Over three quarters: Q1 2026 has 90 days, of 90 + 91 + 1.
        let long = CapacityPlan.spread(Self.feature("y", start: "2026-01-01", due: "2026-07-01"))
        let quarters: [String] = long.map { $0.0.description }
        let fractions: [Double] = long.map { $0.1 }
        #expect(quarters == ["2026-Q1", "2026-Q2", "2026-Q3"])
        let expected: [Double] = [90.0 / 182, 91.0 / 182, 1.0 / 182]
        #expect(fractions == expected)
    }
}
