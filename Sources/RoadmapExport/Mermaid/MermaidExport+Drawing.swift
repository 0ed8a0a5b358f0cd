import RoadmapCore

extension MermaidExport {
    /// A dependency drawing as a Mermaid flowchart: the same nodes and edges as the site's graph,
    /// coloured by status category, the critical path thick and amber, edges that break the date
    /// rule red and dashed. Node ids are positions (`p1`, …) and every label goes through `label`,
    /// so no id or title can break the diagram.
    public func graph(_ drawing: DependencyDrawing) -> String {
        var out = "flowchart LR\n"
        let nodes = drawing.nodes.sorted { $0.id < $1.id }
        var name: [ItemID: String] = [:]
        for (index, node) in nodes.enumerated() { name[node.id] = "p\(index + 1)" }
        for node in nodes {
            guard let n = name[node.id] else { continue }
            out += "    \(n)[\"\(Self.label(node.title))<br>\(Self.label(node.status))\"]\n"
        }
        let edges = drawing.edges.sorted { ($0.dependency, $0.dependent) < ($1.dependency, $1.dependent) }
        var late: [Int] = [], critical: [Int] = []
        var index = 0
        for edge in edges {
            guard let from = name[edge.dependency], let to = name[edge.dependent] else { continue }
            out += "    \(from) \(edge.breaksDateRule ? "-.->" : edge.onCriticalPath ? "==>" : "-->") \(to)\n"
            if edge.breaksDateRule { late.append(index) }
            if edge.onCriticalPath { critical.append(index) }
            index += 1
        }
        for category in StatusCategory.allCases {
            let members = nodes.filter { $0.category == category }.compactMap { name[$0.id] }
            guard !members.isEmpty else { continue }
            let (fill, text) = category.lightColours
            out += "    classDef \(category.rawValue) fill:\(fill),color:\(text),stroke:\(text)\n"
            out += "    class \(members.joined(separator: ",")) \(category.rawValue)\n"
        }
        let onPath = nodes.filter(\.onCriticalPath).compactMap { name[$0.id] }
        if !onPath.isEmpty { out += "    classDef critical stroke:#b45309,stroke-width:3px\n    class \(onPath.joined(separator: ",")) critical\n" }
        if !critical.isEmpty { out += "    linkStyle \(critical.map(String.init).joined(separator: ",")) stroke:#b45309,stroke-width:3px\n" }
        if !late.isEmpty { out += "    linkStyle \(late.map(String.init).joined(separator: ",")) stroke:#c0392b,stroke-dasharray:5 3\n" }
        return out
    }
}
