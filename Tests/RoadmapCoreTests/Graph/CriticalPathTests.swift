import RoadmapCore
import Testing

/// The critical path against chains worked out by hand (see `CriticalPath` for the rules).
struct CriticalPathTests {
    typealias F = GraphFixture

    @Test func byDatesTheChainThatEndsLastFollowingTheLatestDependency() {
        let graph = F.graph(
            F.prd("a", due: "2026-02-01"), F.prd("b", due: "2026-04-01", on: ["a"]),
            F.prd("d", due: "2026-03-15", effort: 9), F.prd("c", due: "2026-06-30", on: ["b", "d"]),
            F.prd("x", due: "2026-05-01"), F.prd("y", due: "2026-05-15", on: ["x"]))
        let path = graph.criticalPath()
        #expect(path?.basis == .dates)
        // d carries more effort, but b ends later and so holds c up.
        #expect(F.ids(path) == ["a", "b", "c"])
        #expect(path?.end == F.date("2026-06-30"))
        #expect(path?.steps.map(\.chainEnd) == [F.date("2026-02-01"), F.date("2026-04-01"), F.date("2026-06-30")])
    }

    @Test func byEffortWhenNoChainHasDates() {
        let graph = F.graph(
            F.prd("a", effort: 2), F.prd("b", effort: 1, on: ["a"]),
            F.prd("c", effort: 5), F.prd("d", effort: 0.5, on: ["c"]), F.prd("e", effort: 1, on: ["b", "d"]))
        let path = graph.criticalPath()
        #expect(path?.basis == .effort)
        #expect(F.ids(path) == ["c", "d", "e"])
        #expect(path?.effort == 6.5)
        #expect(path?.steps.map(\.chainEffort) == [5, 5.5, 6.5])
    }

    @Test func mixedADatedChainOutranksAHeavierUndatedOne() {
        let graph = F.graph(
            F.prd("a", quarter: "2026-Q2"), F.prd("b", effort: 1, on: ["a"]),
            F.prd("c", effort: 10), F.prd("d", effort: 10, on: ["c"]))
        let path = graph.criticalPath()
        #expect(path?.basis == .dates)
        #expect(F.ids(path) == ["a", "b"])
        // b has no end of its own and carries a's quarter's last day.
        #expect(path?.steps.map(\.end) == [F.date("2026-06-30"), nil])
        #expect(path?.end == F.date("2026-06-30"))
    }

    @Test func mixedEqualDatesAreBrokenByEffortThenLength() {
        let graph = F.graph(
            F.prd("a", quarter: "2026-Q3", effort: 1), F.prd("b", quarter: "2026-Q3", effort: 1, on: ["a"]),
            F.prd("m", quarter: "2026-Q3", effort: 3), F.prd("n", due: "2026-09-30", effort: 0, on: ["m"]))
        #expect(F.ids(graph.criticalPath()) == ["m", "n"])
    }

    @Test func tiesAreBrokenBySmallerID() {
        let graph = F.graph(F.prd("k"), F.prd("j"), F.prd("z", on: ["k", "j"]))
        // z's two chains are equal: j before k.
        #expect(F.ids(graph.criticalPath()) == ["j", "z"])
        let even = F.graph(F.prd("p"), F.prd("q", on: ["p"]), F.prd("m"), F.prd("n", on: ["m"]))
        #expect(F.ids(even.criticalPath()) == ["m", "n"])
    }

    @Test func finishedWorkIsNotPartOfIt() {
        let graph = F.graph(
            F.prd("a", "shipped", due: "2027-12-31"), F.prd("b", due: "2026-03-01", on: ["a"]),
            F.prd("c", due: "2026-04-01", on: ["b"]), F.prd("z", "dropped", due: "2028-01-01", on: ["c"]))
        #expect(F.ids(graph.criticalPath()) == ["b", "c"])
        #expect(graph.criticalPath()?.end == F.date("2026-04-01"))
    }

    @Test func aCycleNeitherHangsNorCrashes() {
        let graph = F.graph(F.prd("a", on: ["b"]), F.prd("b", on: ["a"]), F.prd("c", on: ["a"]), F.prd("d", on: ["c"]))
        #expect(F.ids(graph.criticalPath()) == ["a", "c", "d"])
        let onlyCycle = F.graph(F.prd("a", on: ["b"]), F.prd("b", on: ["a"]))
        #expect(onlyCycle.criticalPath() == nil)
    }

    @Test func noChainNoPath() {
        #expect(F.graph(F.prd("a", due: "2026-01-01"), F.prd("b")).criticalPath() == nil)
        #expect(F.graph().criticalPath() == nil)
    }

    @Test func aLongChainDoesNotOverflow() {
        let features = (0..<5_000).map { i in F.prd(String(format: "p%05d", i), on: i == 0 ? [] : [String(format: "p%05d", i - 1)]) }
        let graph = WorkGraph(Roadmap(config: RoadmapConfig(), objectives: [], features: features))
        #expect(graph.criticalPath()?.steps.count == 5_000)
        #expect(graph.blockers(top: 1).first?.blocked == 4_999)
    }
}
