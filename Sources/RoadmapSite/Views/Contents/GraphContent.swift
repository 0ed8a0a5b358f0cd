/// The dependency graph page: the drawing, the critical path, the top blockers and the
/// dependencies that break the date rule.
struct GraphContent: ViewModel {
    /// The inline `<svg>` from Graphviz (every title escaped on the way in); nil when nothing is drawn.
    let svg: String?
    /// Why there is no drawing although there is work to draw: what Graphviz said.
    let layoutError: String?
    let drawn: Int
    let edges: Int
    /// Linked unfinished PRDs left out of the drawing by its size limit.
    let leftOut: Int
    let nodeCap: Int
    /// `dates` or `effort`; nil without a critical path.
    let basis: String?
    let pathEnd: String?
    let pathEffort: String?
    let criticalPath: [GraphStepView]
    let blockers: [GraphBlockerView]
    let lateEdges: [GraphLateEdgeView]
    let lateTotal: Int

    func value(named name: String) -> Any? {
        switch name {
        case "svg": orAbsent(svg)
        case "layoutError": orAbsent(layoutError)
        case "drawn": drawn
        case "edgeCount": edges
        case "leftOut": leftOut
        case "hasLeftOut": leftOut > 0
        case "nodeCap": nodeCap
        case "basis": orAbsent(basis)
        case "byDates": basis == "dates"
        case "pathEnd": orAbsent(pathEnd)
        case "pathEffort": orAbsent(pathEffort)
        case "criticalPath": criticalPath
        case "pathLength": criticalPath.count
        case "blockers": blockers
        case "lateEdges": lateEdges
        case "lateTotal": lateTotal
        case "lateShown": lateEdges.count
        case "hasMoreLate": lateTotal > lateEdges.count
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(svg, layoutError, drawn, edges, leftOut, nodeCap, basis, pathEnd, pathEffort)
        hasher.add(criticalPath, blockers, lateEdges)
        hasher.add(lateTotal)
    }
}

/// One PRD of the critical path, numbered from 1 (what everything after it waits on).
struct GraphStepView: ViewModel, Sendable {
    let number: Int
    let link: Fragment
    /// Its own end (due date or quarter's last day), and its RICE effort.
    let end: String?
    let effort: String?
    /// The chain's date and effort up to here.
    let chainEnd: String?
    let chainEffort: String

    func value(named name: String) -> Any? {
        switch name {
        case "number": number
        case "end": orAbsent(end)
        case "effort": orAbsent(effort)
        case "chainEnd": orAbsent(chainEnd)
        case "chainEffort": chainEffort
        default: link.value(named: name)
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(number)
        hasher.add(link)
        hasher.add(end, effort, chainEnd, chainEffort)
    }
}

/// An unfinished PRD and how much unfinished work waits on it.
struct GraphBlockerView: ViewModel, Sendable {
    let link: Fragment
    let blocked: Int
    let direct: Int

    func value(named name: String) -> Any? {
        switch name {
        case "blocked": blocked
        case "direct": direct
        case "blockedText": "\(blocked) unfinished PRD" + (blocked == 1 ? "" : "s")
        default: link.value(named: name)
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(link)
        hasher.add(blocked, direct)
    }
}

/// A dependency due after the PRD that waits on it starts (or, without a start, is due).
struct GraphLateEdgeView: ViewModel, Sendable {
    let dependency: Fragment
    let dependent: Fragment
    let explanation: String

    func value(named name: String) -> Any? {
        switch name {
        case "dependency": dependency
        case "dependent": dependent
        case "explanation": explanation
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(dependency, dependent)
        hasher.add(explanation)
    }
}
