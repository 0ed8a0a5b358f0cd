import RoadmapCore
import RoadmapGraphviz

extension SitePlanner {
    /// PRDs drawn on the graph page at most. Measured on the 10,000-PRD generated roadmap
    /// (`roadmap-corpus generate --prds 10000 --objectives 300`: 3,671 unfinished PRDs with a
    /// dependency, 3,100 edges, 594 connected groups, the largest 404), release build: laying
    /// all of them out takes Graphviz 1.7 s and 4.7 MB of SVG (`roadmap graph --format svg`),
    /// past the 2 MB page limit and far too much of a 4 s build, and unreadable anyway; 500 take
    /// 0.06 s and make a 0.7 MB page. So the page draws 500, whole groups at a time starting with
    /// the critical path's, and says how many more there are; every PRD page lists its own
    /// neighbourhood, and `roadmap graph` draws any part.
    static let graphNodeCap = 500
    /// Blockers and late dependencies listed on the page.
    static let graphBlockerCount = 20
    static let graphLateCap = 50

    /// The dependency graph page.
    func graphJob() -> OutputJob {
        let model = model, planner = self
        return page(SitePath.graph, template: "graph", section: .graph, title: "Dependencies") {
            planner.graphContent(model.workGraph)
        }
    }

    func graphContent(_ graph: WorkGraph) -> GraphContent {
        let path = SitePath.graph
        let critical = graph.criticalPath()
        let late = graph.dateRuleEdges()
        let drawing = graph.drawing(GraphFilter(nodeCap: SitePlanner.graphNodeCap), criticalPath: critical, dateRuleEdges: late)
        var svg: String?, failure: String?
        if !drawing.nodes.isEmpty {
            let dot = DOTWriter(link: { SitePath.feature($0.rawValue) }).dot(drawing)
            do {
                svg = GraphvizLayout.inlineSVG(try GraphvizLayout.svg(dot))
            } catch {
                failure = error.message
            }
        }
        func link(_ id: ItemID) -> Fragment? { model.card(id).flatMap { links([$0], path: path).first } }
        let steps = (critical?.steps ?? []).enumerated().compactMap { index, step -> GraphStepView? in
            guard let link = link(step.id) else { return nil }
            return GraphStepView(number: index + 1, link: link, end: step.end?.description,
                                 effort: step.effort.map(SitePlanner.personMonths), chainEnd: step.chainEnd?.description,
                                 chainEffort: SitePlanner.personMonths(step.chainEffort))
        }
        let blockers = graph.blockers(top: SitePlanner.graphBlockerCount).compactMap { b -> GraphBlockerView? in
            link(b.id).map { GraphBlockerView(link: $0, blocked: b.blocked, direct: b.direct) }
        }
        let lateEdges = late.prefix(SitePlanner.graphLateCap).compactMap { edge -> GraphLateEdgeView? in
            guard let dependency = link(edge.dependency), let dependent = link(edge.dependent) else { return nil }
            return GraphLateEdgeView(dependency: dependency, dependent: dependent, explanation: SitePlanner.explain(edge.conflict))
        }
        return GraphContent(
            svg: svg, layoutError: failure, drawn: drawing.nodes.count, edges: drawing.edges.count, leftOut: drawing.leftOut,
            nodeCap: SitePlanner.graphNodeCap, basis: critical?.basis.rawValue, pathEnd: critical?.end?.description,
            pathEffort: critical.map { SitePlanner.personMonths($0.effort) }, criticalPath: steps, blockers: blockers,
            lateEdges: lateEdges, lateTotal: late.count)
    }

    static func personMonths(_ value: Double) -> String {
        Numbers.format(value) + (value == 1 ? " person-month" : " person-months")
    }

    static func explain(_ conflict: DependencyDateRule.Conflict) -> String {
        switch conflict {
        case let .startsBeforeDependencyDue(start, due): "starts \(start), but its dependency is due \(due)"
        case let .dueBeforeDependencyDue(due, theirDue): "is due \(due), but its dependency is due later, \(theirDue)"
        }
    }
}
