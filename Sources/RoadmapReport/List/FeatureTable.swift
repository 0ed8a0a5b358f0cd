import RoadmapCore

/// PRDs as an aligned text table for a terminal: id, title, status, team, owner, quarter or
/// horizon, due date, RICE score and each custom score.
public struct FeatureTable: Sendable {
    /// Titles longer than this are cut with an ellipsis, so a row fits a terminal line.
    public var maxTitleWidth: Int

    /// A table that cuts titles at `maxTitleWidth` characters.
    public init(maxTitleWidth: Int = 48) { self.maxTitleWidth = max(4, maxTitleWidth) }

    /// The header and one line per PRD; an empty string for no PRDs.
    public func render(_ features: [Feature], scores: [ScoreDefinition] = []) -> String {
        guard !features.isEmpty else { return "" }
        let header = ["ID", "TITLE", "STATUS", "TEAM", "OWNER", "WHEN", "DUE", "RICE"] + scores.map { $0.label.uppercased() }
        let rows = features.map { f in
            [f.id.rawValue, cut(f.title), f.status, f.team ?? "-", f.owner,
             f.quarter?.description ?? f.horizon?.rawValue ?? "-", f.due?.description ?? "-",
             f.rice?.scoreText ?? "-"] + scores.map { f.scores[$0.name].map(DecimalText.format) ?? "-" }
        }
        let firstNumber = header.count - 1 - scores.count
        let widths = header.indices.map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            cells.indices.map { c -> String in
                let pad = String(repeating: " ", count: widths[c] - cells[c].count)
                return c >= firstNumber ? pad + cells[c] : cells[c] + pad
            }.joined(separator: "  ").replacingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }

    private func cut(_ title: String) -> String {
        title.count <= maxTitleWidth ? title : String(title.prefix(maxTitleWidth - 1)) + "…"
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
