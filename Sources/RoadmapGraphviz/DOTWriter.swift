import RoadmapCore

/// Writes a dependency drawing as a DOT graph for Graphviz's `dot`: left to right, one box per
/// PRD coloured by its status category, arrows from what must come first to what waits on it,
/// the critical path drawn thick, edges that break the date rule red and dashed.
///
/// Node names are positions (`n0`, `n1`, …), so no id or title reaches DOT syntax outside a
/// quoted, escaped string. Nodes have a fixed size, so the layout does not depend on font
/// metrics (which differ between machines with and without Graphviz's Pango plugin): the same
/// drawing lays out the same everywhere.
public struct DOTWriter: Sendable {
    /// Where a node links to (relative to the page the SVG is put in), or nil for no link.
    public var link: @Sendable (ItemID) -> String?

    public init(link: @escaping @Sendable (ItemID) -> String? = { _ in nil }) { self.link = link }

    static let criticalColour = "#b45309"
    static let brokenColour = "#c0392b"
    static let titleLimit = 30

    public func dot(_ drawing: DependencyDrawing) -> String {
        var out = "digraph dependencies {\n"
        out += "  graph [rankdir=LR, nodesep=0.2, ranksep=0.5, bgcolor=\"transparent\", fontname=\"Helvetica\"];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fixedsize=true, width=2.5, height=0.55, fontname=\"Helvetica\", fontsize=10, penwidth=1];\n"
        out += "  edge [color=\"#6b7280\", arrowsize=0.7];\n"
        let nodes = drawing.nodes.sorted { $0.id < $1.id }
        var name: [ItemID: String] = [:]
        for (index, node) in nodes.enumerated() { name[node.id] = "n\(index)" }
        for node in nodes {
            guard let n = name[node.id] else { continue }
            let (fill, text) = node.category.lightColours
            let label = DOTText.truncate(node.title, DOTWriter.titleLimit) + "\n" + DOTText.truncate(node.status, DOTWriter.titleLimit)
            // The line break goes in after escaping, as DOT's own `\n`.
            let quotedLabel = "\"" + label.split(separator: "\n", omittingEmptySubsequences: false)
                .map { DOTText.escape(String($0)) }.joined(separator: "\\n") + "\""
            var tooltip = "\(node.title) (\(node.id)), \(node.status)"
            if let end = node.end { tooltip += ", ends \(end)" }
            var classes = ["gn", "gn--\(node.category.rawValue)"]
            if node.onCriticalPath { classes.append("gn--critical") }
            if node.isCenter { classes.append("gn--center") }
            var attributes = ["label=\(quotedLabel)", "tooltip=\(DOTText.quoted(tooltip))", "class=\"\(classes.joined(separator: " "))\"",
                              "fillcolor=\"\(fill)\"", "fontcolor=\"\(text)\""]
            if node.onCriticalPath || node.isCenter {
                attributes.append("color=\"\(node.onCriticalPath ? DOTWriter.criticalColour : text)\"")
                attributes.append("penwidth=2.5")
            } else {
                attributes.append("color=\"\(text)\"")
            }
            if let url = link(node.id) { attributes.append("URL=\(DOTText.quoted(url))") }
            out += "  \(n) [\(attributes.joined(separator: ", "))];\n"
        }
        let edges = drawing.edges.sorted { ($0.dependency, $0.dependent) < ($1.dependency, $1.dependent) }
        for edge in edges {
            guard let from = name[edge.dependency], let to = name[edge.dependent] else { continue }
            var attributes: [String] = []
            var classes = ["ge"]
            if edge.breaksDateRule {
                classes.append("ge--late")
                attributes += ["color=\"\(DOTWriter.brokenColour)\"", "style=dashed", "penwidth=1.5"]
            }
            if edge.onCriticalPath {
                classes.append("ge--critical")
                if !edge.breaksDateRule { attributes.append("color=\"\(DOTWriter.criticalColour)\"") }
                attributes.append("penwidth=2.5")
            }
            attributes.append("class=\"\(classes.joined(separator: " "))\"")
            let tip = "\(edge.dependent) depends on \(edge.dependency)" + (edge.breaksDateRule ? ", which is due after it starts" : "")
            attributes.append("tooltip=\(DOTText.quoted(tip))")
            out += "  \(from) -> \(to) [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }
}
