import RoadmapCore
import Testing

/// Blockers, date-rule edges, neighbourhoods and drawings on small graphs counted by hand.
struct BlockersAndNeighbourhoodTests {
    typealias F = GraphFixture

    @Test func blockersCountTransitiveUnfinishedWorkTiesByID() {
        let graph = F.graph(F.prd("a"), F.prd("b", on: ["a"]), F.prd("c", on: ["b", "e"]), F.prd("d", on: ["a"]), F.prd("e"),
                            F.prd("f", "shipped", on: ["a"]), F.prd("g", on: ["f"]))
        let top = graph.blockers(top: 3)
        // f is done: it is not counted, and g is not reached through it.
        #expect(top == [Blocker(id: ItemID("a")!, blocked: 3, direct: 2), Blocker(id: ItemID("b")!, blocked: 1, direct: 1),
                        Blocker(id: ItemID("e")!, blocked: 1, direct: 1)])
        #expect(graph.blockers(top: 1).map(\.id.rawValue) == ["a"])
    }

    @Test func blockersThroughACycleEnd() {
        let graph = F.graph(F.prd("a", on: ["b"]), F.prd("b", on: ["a"]), F.prd("c", on: ["a"]), F.prd("d", on: ["c"]))
        #expect(graph.blockers(top: 5).map { "\($0.id):\($0.blocked)" } == ["a:3", "b:3", "c:1"])
    }

    @Test func dateRuleEdgesAreRM509sRule() {
        let graph = F.graph(
            F.prd("a", due: "2026-05-01"), F.prd("b", start: "2026-04-01", on: ["a"]), F.prd("c", due: "2026-04-15", on: ["a"]),
            F.prd("d", start: "2026-06-01", on: ["a"]), F.prd("e", "shipped", start: "2026-01-01", on: ["a"]),
            F.prd("f", due: "2026-12-01", start: "2026-01-01", on: ["a"]))
        let edges = graph.dateRuleEdges()
        #expect(edges.map { "\($0.dependency)->\($0.dependent)" } == ["a->b", "a->c", "a->f"])
        #expect(edges.first?.conflict == .startsBeforeDependencyDue(start: F.date("2026-04-01"), dependencyDue: F.date("2026-05-01")))
        #expect(edges[1].conflict == DependencyDateRule.Conflict.dueBeforeDependencyDue(due: F.date("2026-04-15"), dependencyDue: F.date("2026-05-01")))
    }

    @Test func neighbourhoodIsBoundedByDepth() throws {
        let graph = F.graph(F.prd("a"), F.prd("b", on: ["a"]), F.prd("c", on: ["b"]), F.prd("d", on: ["c"]), F.prd("f", on: ["d"]),
                            F.prd("e", "shipped", on: ["c"]))
        let one = try #require(graph.neighbourhood(of: ItemID("c")!, depth: 1))
        #expect(one.upstream.map(\.id.rawValue) == ["b"])
        #expect(one.downstream.map(\.id.rawValue) == ["d", "e"])
        let two = try #require(graph.neighbourhood(of: ItemID("c")!, depth: 2))
        #expect(two.upstream.map { "\($0.id)@\($0.distance)" } == ["b@1", "a@2"])
        #expect(two.downstream.map { "\($0.id)@\($0.distance)" } == ["d@1", "e@1", "f@2"])
        #expect(graph.upstream(of: ItemID("c")!, depth: 2) == two.upstream)
        #expect(graph.neighbourhood(of: ItemID("zz")!, depth: 2) == nil)
        #expect(graph.upstream(of: ItemID("zz")!, depth: 2).isEmpty)
        let cycle = F.graph(F.prd("a", on: ["b"]), F.prd("b", on: ["a"]))
        #expect(cycle.neighbourhood(of: ItemID("a")!, depth: 5)?.upstream.map(\.id.rawValue) == ["b"])
    }

    @Test func drawingKeepsUnfinishedLinkedWorkAndMarksEdges() {
        let graph = F.graph(
            F.prd("a", due: "2026-05-01", team: "Pay"), F.prd("b", due: "2026-06-01", start: "2026-04-01", team: "Pay", on: ["a"]),
            F.prd("c", due: "2026-07-01", team: "Web", on: ["b"]), F.prd("lone", team: "Pay"),
            F.prd("old", "shipped", team: "Pay"), F.prd("n", team: "Pay", on: ["old"]))
        let path = graph.criticalPath(), late = graph.dateRuleEdges()
        let drawing = graph.drawing(GraphFilter(), criticalPath: path, dateRuleEdges: late)
        #expect(drawing.nodes.map(\.id.rawValue) == ["a", "b", "c"])
        #expect(drawing.edges.map { "\($0.dependency)->\($0.dependent) \($0.breaksDateRule) \($0.onCriticalPath)" }
                == ["a->b true true", "b->c false true"])
        let withDone = graph.drawing(GraphFilter(includeDone: true), criticalPath: path, dateRuleEdges: late)
        #expect(withDone.nodes.map(\.id.rawValue) == ["a", "b", "c", "n", "old"])
        let pay = graph.drawing(GraphFilter(teams: ["pay"]), criticalPath: path, dateRuleEdges: late)
        #expect(pay.nodes.map(\.id.rawValue) == ["a", "b"])
        let around = graph.drawing(GraphFilter(around: ItemID("n")!, depth: 1), criticalPath: path, dateRuleEdges: late)
        #expect(around.nodes.map { "\($0.id) \($0.isCenter)" } == ["n true", "old false"])
        let capped = graph.drawing(GraphFilter(includeDone: true, nodeCap: 3), criticalPath: path, dateRuleEdges: late)
        #expect(capped.nodes.map(\.id.rawValue) == ["a", "b", "c"] && capped.leftOut == 2)
        // The group of the critical path, cut breadth-first from it when it alone is too large.
        let cut = graph.drawing(GraphFilter(nodeCap: 2), criticalPath: path, dateRuleEdges: late)
        #expect(cut.nodes.map(\.id.rawValue) == ["a", "b"] && cut.leftOut == 1)
        let other = graph.drawing(GraphFilter(includeDone: true, nodeCap: 2), criticalPath: nil, dateRuleEdges: late)
        #expect(other.nodes.map(\.id.rawValue) == ["n", "old"] && other.leftOut == 3)
    }
}
